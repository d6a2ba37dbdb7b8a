/**
 * The coverage table in geo/README.md: sites per layer, and how many entries of each reference
 * list (HRNK's map, NKDB's Visual Atlas, Korea Future's NKPD, KINU) the data matches through
 * its `external_ids`, with the unmatched entries named. Written from the data, never by hand.
 */
import type { Site } from '../../src/data/site.ts';
import { LAYERS } from '../../src/data/vocabulary.ts';
import { STRINGS } from '../../src/i18n/strings.ts';

/** One reference list as geo/references.json records it: its entries by the name (and id) it gives them. */
export interface Reference {
  title: string;
  url: string;
  /** Where the list was read, when that was a copy. */
  read_via?: string;
  /** What the list is limited to, in words, e.g. "political prison camp and prison entries". */
  scope: string;
  entries: { name: string; id?: string }[];
}

export const REFERENCES = ['hrnk', 'nkdb', 'nkpd', 'kinu'] as const;
export type References = Record<(typeof REFERENCES)[number], Reference>;

export const COVERAGE_START = '<!-- coverage:start (written by npm run coverage) -->';
export const COVERAGE_END = '<!-- coverage:end -->';

/** Which entry of a reference a site stands for: NKPD by entity id, the others by the name they give. */
function matched(site: Site, key: keyof References, entry: Reference['entries'][number]): boolean {
  const id = site.external_ids?.[key];
  return id !== undefined && id === (key === 'nkpd' ? entry.id : entry.name);
}

/**
 * The table as Markdown.
 * @example coverageMarkdown(sites, references).split('\n')[0] // '| layer | sites |'
 */
export function coverageMarkdown(sites: readonly Site[], references: References): string {
  const t = STRINGS.en;
  const perLayer = LAYERS.map((layer) => `| ${t.layerNames[layer]} (\`${layer}.geojson\`) | ${sites.filter((site) => site.layer === layer).length} |`);
  const lines = ['| layer | sites |', '|---|---|', ...perLayer, `| **all layers** | **${sites.length}** |`, ''];
  lines.push('| reference | entries | matched by a site | unmatched |', '|---|---|---|---|');
  const unmatched: string[] = [];
  for (const key of REFERENCES) {
    const reference = references[key];
    const missing = reference.entries.filter((entry) => !sites.some((site) => matched(site, key, entry)));
    const count = reference.entries.length - missing.length;
    lines.push(`| [${reference.title}](${reference.url}): ${reference.scope} | ${reference.entries.length} | ${count} | ${missing.length} |`);
    if (missing.length) unmatched.push('', `Unmatched in ${reference.title}: ${missing.map((entry) => (entry.id ? `${entry.name} (${entry.id})` : entry.name)).join('; ')}.`);
  }
  return [...lines, ...unmatched].join('\n');
}

/** `readme` with the text between the coverage markers replaced by `table`. */
export function withCoverage(readme: string, table: string): string {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start) throw new Error('invalid geo/README.md: no coverage markers');
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${table}\n${readme.slice(end)}`;
}
