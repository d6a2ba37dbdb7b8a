/**
 * The tables written from the data, never by hand: the coverage table in geo/README.md (sites
 * per layer, and how many entries of each reference list, HRNK's map, NKDB's Visual Atlas, Korea
 * Future's NKPD and KINU, the data matches through its `external_ids`, the unmatched named), and
 * the every-site table in geo/SOURCES.md.
 */
import type { Site } from '../../src/data/site.ts';
import { LAYERS } from '../../src/data/vocabulary.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';

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


export const SITES_START = '<!-- sites:start (written by npm run coverage) -->';
export const SITES_END = '<!-- sites:end -->';

/** Table cells are one line: a pipe would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * Every site in a line for geo/SOURCES.md: its point, precision and where the point was read,
 * and its first report with the source that made it. Written from the data, so it never drifts.
 * @example sitesMarkdown(sites).split('\n')[0] // '| site | layer | point (lat, lon) | precision | where the point was read | first reported |'
 */
export function sitesMarkdown(sites: readonly Site[]): string {
  const rows = [...sites]
    .sort((a, b) => a.layer.localeCompare(b.layer) || a.id.localeCompare(b.id))
    .map((site) => {
      const source = site.sources.find((s) => s.url === site.first_reported.source);
      const [lon, lat] = site.coordinates;
      return `| \`${site.id}\` | ${site.layer} | ${lat}, ${lon} | ${site.location_precision} | ${cell(site.location_source)} | ${site.first_reported.date.edtf}: ${cell(source?.publisher ?? '')} <${site.first_reported.source}> |`;
    });
  return ['| site | layer | point (lat, lon) | precision | where the point was read | first reported |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** `text` with the part between two markers replaced by `table`. */
export function between(text: string, start: string, end: string, table: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`invalid document: no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
}
