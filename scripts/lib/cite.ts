/**
 * A site's citation for reference managers: BibTeX and CSL-JSON, as text with the place of the
 * access date left open. The page's script writes the reader's date there (src/site-page/main.ts);
 * without it, the field stays empty for the reader to fill.
 */
import type { Site } from '../../src/data/site.ts';
import type { DataVersion } from '../../src/data/version.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';

/** Where the access date goes: a placeholder the page turns into a `<span data-access-date>`. */
export const ACCESS_DATE = '\u0000access-date\u0000';
/** Where the page's own address goes, for the script to make absolute. */
export const PAGE_URL = '\u0000page-url\u0000';

const AUTHOR = STRINGS.en.title;

/**
 * Text for a BibTeX field: its special characters escaped, so a name can never end the field.
 * @example bibtexText('50% & {x}') // '50\\% \\& \\{x\\}'
 */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

/** A BibTeX `@misc` entry for the site, keyed by its id. */
export function bibtex(site: Site, version: DataVersion): string {
  const field = (name: string, value: string) => `  ${name.padEnd(12)} = {${value}},`;
  return [
    `@misc{nk-camp-map-${site.id},`,
    field('title', `{${bibtexText(site.name)}}`),
    field('author', `{${bibtexText(AUTHOR)}}`),
    field('year', version.date.slice(0, 4)),
    field('version', version.hash),
    field('note', bibtexText(STRINGS.en.dataVersion(version))),
    field('url', PAGE_URL),
    field('urldate', ACCESS_DATE),
    '}',
  ].join('\n');
}

/** The site as CSL-JSON (one item in a list, as reference managers import it). */
export function cslJson(site: Site, version: DataVersion): string {
  const [year, month, day] = version.date.split('-').map(Number);
  const item = {
    id: `nk-camp-map-${site.id}`,
    type: 'dataset',
    title: site.name,
    'title-short': site.name_ko,
    author: [{ literal: AUTHOR }],
    publisher: AUTHOR,
    version: version.hash,
    note: STRINGS.en.dataVersion(version),
    issued: { 'date-parts': [[year, month, day]] },
    URL: PAGE_URL,
    accessed: { 'date-parts': [ACCESS_DATE] },
  };
  // The placeholders back as they were (JSON escapes their NULs); the date's without its quotes: it becomes a list.
  return JSON.stringify([item], null, 2).replaceAll('\\u0000', '\u0000').replace(`"${ACCESS_DATE}"`, ACCESS_DATE);
}
