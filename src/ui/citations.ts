/**
 * A site's sources as the reader sees them: each with its kind, date in words, caveat, an
 * archived copy (or the web archive's lookup for it) and the copy it was read through. Every
 * link is a plain link: nothing is requested until the reader clicks.
 */
import type { Source } from '../data/site.ts';
import { dateInWords } from '../i18n/dates.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { el, safeLink } from './dom.ts';
import { DETAIL_STRINGS } from '../i18n/details.ts';

/** The Wayback Machine's list of captures of a URL: where an archived copy is looked for when none is recorded. */
export const archiveLookup = (url: string) => `https://web.archive.org/web/*/${url}`;

function sourceDate(source: Source, lang: Lang): string {
  return source.date === 'undated' ? DETAIL_STRINGS[lang].undated : dateInWords(source.date, lang);
}

/** One source in full: title (linked), publisher, date, kind, caveat, archive and copy. */
export function citation(source: Source, t: Strings, lang: Lang): HTMLElement {
  const labels = DETAIL_STRINGS[lang];
  const archive = source.archive_url ? safeLink(source.archive_url, labels.archived) : safeLink(archiveLookup(source.url), labels.archiveLookup);
  return el(
    'span',
    { class: 'citation' },
    safeLink(source.url, source.title),
    ` — ${source.publisher}, ${sourceDate(source, lang)} · `,
    el('span', { class: 'source-kind', 'data-kind': source.kind }, t.sourceKinds[source.kind]),
    source.note && el('span', { class: 'source-note' }, `. ${source.note}`),
    el('span', { class: 'source-links' }, ' (', archive, source.read_via && ' · ', source.read_via && safeLink(source.read_via, labels.readVia), ')'),
  );
}

/** The citation as one line of text, for a link's tooltip. */
export function citationText(source: Source, t: Strings, lang: Lang): string {
  return `${source.title} — ${source.publisher}, ${sourceDate(source, lang)} (${t.sourceKinds[source.kind]})`;
}

/** Compact links to the sources a fact cites, by URL, named by publisher: `[Daily NK, HRNK]`. */
export function sourceLinks(urls: readonly string[], sources: ReadonlyMap<string, Source>, t: Strings, lang: Lang): HTMLElement {
  return el(
    'span',
    { class: 'source-links' },
    '[',
    ...urls.flatMap((url, index) => {
      const source = sources.get(url);
      const link = safeLink(url, source?.publisher ?? url);
      if (source) link.title = citationText(source, t, lang);
      return [index > 0 ? ', ' : '', link];
    }),
    ']',
  );
}
