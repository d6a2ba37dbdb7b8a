/**
 * Entries of the corrections log as a list, newest first: on the corrections page, and on each
 * page of a site the entries name. Run inside `withDocument`.
 */
import type { Correction } from '../../src/data/corrections.ts';
import { dateInWords } from '../../src/i18n/dates.ts';
import type { PageStrings } from '../../src/i18n/page-strings.ts';
import type { Lang } from '../../src/state/language.ts';
import { correctionsPagePath, sitePagePath } from '../../src/state/pages.ts';
import { el, safeLink } from '../../src/ui/dom.ts';

export interface CorrectionListOptions {
  /** The heading level of each entry. */
  heading: 'h2' | 'h3';
  /** The path from the page back to the root, for links to the sites' pages. */
  root: string;
  /** Give each entry its id as an anchor (on the one page that lists them all). */
  anchors?: boolean;
  /**
   * The site whose page this is: an entry that names other sites too (the 249 sites added at
   * once, say) names this one and links to the entry on the corrections page for the rest.
   */
  site?: string;
}

/**
 * Newest first; entries of one day in the log's order, last first.
 * @example newestFirst(log.entries)[0] === log.entries.at(-1) // true when the log is in date order
 */
export function newestFirst(entries: readonly Correction[]): Correction[] {
  return entries.map((entry, index) => ({ entry, index })).sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index).map(({ entry }) => entry);
}

/** The log's day in words, e.g. 3 December 2026. */
export function dayInWords(day: string, lang: Lang): string {
  return dateInWords({ edtf: day, form: 'date', earliest: day, latest: day, precision: 'day' }, lang);
}

export function correctionList(entries: readonly Correction[], t: PageStrings, lang: Lang, { heading, root, anchors = false, site }: CorrectionListOptions): HTMLElement {
  const words = t.correctionsPage;
  // A removed site has no page left to link to.
  const siteLink = (entry: Correction, id: string) => (entry.change === 'removed' ? el('code', {}, id) : el('a', { href: `${root}${sitePagePath(id, lang)}` }, id));
  const sites = (entry: Correction) =>
    site === undefined || entry.sites.length === 1
      ? entry.sites.flatMap((id, i) => [i > 0 ? ', ' : '', siteLink(entry, id)])
      : [siteLink(entry, site), ' ', el('a', { href: `${root}${correctionsPagePath(lang)}#${entry.id}` }, words.andOthers(entry.sites.length - 1))];
  return el(
    'ol',
    { class: 'corrections', reversed: '' },
    ...newestFirst(entries).map((entry) =>
      el(
        'li',
        { class: 'correction', ...(anchors ? { id: entry.id } : {}) },
        el(heading, {}, words.entry(words.changes[entry.change], dayInWords(entry.date, lang))),
        el('p', {}, entry.summary),
        el('p', {}, el('strong', {}, `${words.reason}: `), entry.reason),
        el('p', {}, el('strong', {}, `${words.facts}: `), entry.facts.map((fact) => words.factNames[fact]).join(', ')),
        el(
          'p',
          {},
          el('strong', {}, `${words.sites}: `),
          ...sites(entry),
        ),
        el('p', {}, el('strong', {}, `${t.sources}: `), ...entry.sources.flatMap((url, i) => [i > 0 ? ' · ' : '', safeLink(url, url)])),
        el('p', { class: 'correction-id' }, el('code', {}, entry.id)),
      ),
    ),
  );
}
