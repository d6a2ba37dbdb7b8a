/**
 * The camps the seed report is about: built or opened since 2020 (Sŭngho-ri, Pyongsan, Pihyon),
 * read from when a site was established, never from when a database first listed it.
 */
import type { Site } from './site.ts';

/** The first year a camp can be new in. */
export const NEW_SINCE = 2020;

const yearOf = (isoDay: string) => Number(isoDay.slice(0, 4));

/**
 * True when the site's founding cannot have been before 2020: its earliest possible date is in
 * 2020 or later. An open start ("by 2021") could be any year before, so it does not count.
 * @example isNewCamp({ established: { date: { edtf: '2020/2021', form: 'between', earliest: '2020-01-01', latest: '2021-12-31', precision: 'year' }, sources: [] } }) // true
 */
export function isNewCamp(site: Pick<Site, 'established'>): boolean {
  const earliest = site.established?.date.earliest;
  return earliest !== undefined && yearOf(earliest) >= NEW_SINCE;
}

/**
 * When a new camp was established, as a short label writes it: `2020`, `2020/21` where the
 * sources leave two years open, `2020+` where they give only a start. Plain ASCII, so the map's
 * label needs no extra glyphs.
 * @example newSince({ established: { date: { edtf: '2020/2021', form: 'between', earliest: '2020-01-01', latest: '2021-12-31', precision: 'year' }, sources: [] } }) // '2020/21'
 */
export function newSince(site: Pick<Site, 'established'>): string | undefined {
  const date = site.established?.date;
  if (!date?.earliest || !isNewCamp(site)) return undefined;
  const [from, to] = [yearOf(date.earliest), date.latest ? yearOf(date.latest) : undefined];
  if (to === undefined) return `${from}+`;
  return to === from ? String(from) : `${from}/${String(to).slice(-2)}`;
}
