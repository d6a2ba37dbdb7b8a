/** Who the shown sites rest on, for the embed's footer: the data's own publishers, most cited first. */
import type { Site } from '../data/site.ts';

/**
 * A publisher as a reader would name it: without the parenthetical author or language, the
 * co-publisher after " / ", or the syndicator after " via ".
 * @example shortPublisher('HRNK / AllSource Analysis (Joseph S. Bermudez Jr.)') // 'HRNK'
 * @example shortPublisher('Daily NK (Korean)') // 'Daily NK'
 */
export function shortPublisher(publisher: string): string {
  return publisher.split(/ \(| \/ | via /)[0]?.trim() || publisher;
}

const key = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Each publisher a site cites, once, by its comparison key: every citation names one of the site's sources. */
function publishersOf(site: Site): Map<string, string> {
  return new Map(site.sources.map((source) => [key(shortPublisher(source.publisher)), shortPublisher(source.publisher)]));
}

/**
 * The publishers cited for `sites`, by how many sites cite them, then by name; spellings that
 * differ only by accents or case count as one. The publishers of `lead` (the site a link
 * opens on) come first: that is what the reader is looking at.
 * @example rankedPublishers([yodok, sungho], sungho) // ['HRNK', 'Daily NK', ..., then the others]
 */
export function rankedPublishers(sites: readonly Site[], lead?: Site): string[] {
  const leading = lead ? publishersOf(lead) : new Map<string, string>();
  const byKey = new Map<string, { sites: number; spellings: Map<string, number> }>();
  for (const site of sites) {
    for (const [k, name] of publishersOf(site)) {
      const entry = byKey.get(k) ?? { sites: 0, spellings: new Map<string, number>() };
      entry.sites += 1;
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      byKey.set(k, entry);
    }
  }
  // Each publisher under its most common spelling.
  const named = [...byKey].map(([k, { sites, spellings }]) => ({
    lead: leading.has(k),
    sites,
    name: [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
  }));
  return named.sort((a, b) => Number(b.lead) - Number(a.lead) || b.sites - a.sites || a.name.localeCompare(b.name)).map((entry) => entry.name);
}
