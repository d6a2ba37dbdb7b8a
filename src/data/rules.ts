/**
 * The rules that tie one site's fields together, run after the schema: every date is read
 * (and none lies in the future), every citation names one of the site's own sources, and
 * the first report is one of them. Returns the site with its dates as values.
 */
import type { DateReader, DateValue } from './dates.ts';
import type { Site, SiteProperties, Source } from './site.ts';
import type { Layer } from './vocabulary.ts';

// Read once: a clock call per date was a tenth of the validator's time on 100,000 sites.
const TODAY = new Date().toISOString().slice(0, 10);

// The helpers below take the site's messages rather than closing over them: closures made
// afresh for every site were a fifth of the validator's time on 10,000 sites.

/**
 * The site with its dates read, or undefined with the problems that keep it out added to
 * `messages`, each led by its field's path.
 * @example siteFromProperties(properties, [126.85, 39.67], 'kwanliso', readEdtf, []) // {..., first_reported: {date: {edtf: '1993', ...}}}
 */
export function siteFromProperties(
  properties: SiteProperties,
  coordinates: [number, number],
  layer: Layer,
  readDate: DateReader,
  messages: string[],
): Site | undefined {
  const problemsBefore = messages.length;
  const urls = citableUrls(properties, messages);
  checkCitations(properties, urls, messages);
  if (properties.status === 'closed' && !properties.closed) messages.push('is closed, but has no "closed" date (write "[..YYYY]" if only its latest possible year is known)');
  if (properties.shared_point?.with.includes(properties.id)) messages.push('shared_point.with names the site itself');

  const firstReported = readAt(readDate, properties.first_reported.date, 'first_reported.date', messages);
  const established = properties.established && readAt(readDate, properties.established.date, 'established.date', messages);
  const closed = properties.closed && readAt(readDate, properties.closed.date, 'closed.date', messages);
  const sources = properties.sources.map((source, s): Source | undefined => {
    if (source.date === 'undated') return source as Source;
    const date = readAt(readDate, source.date, `sources[${s}].date`, messages);
    return date && { ...source, date };
  });
  const history = properties.history.map((entry, h) => ({ ...entry, date: readAt(readDate, entry.date, `history[${h}].date`, messages) }));

  if (messages.length > problemsBefore || !firstReported) return undefined;
  // The schema's output is the validator's own copy of the file's data, so it becomes the site in
  // place, field by field: copying a site's twenty-odd fields to a new object, or Object.assign,
  // took a fifth of the validator's time.
  const site = properties as unknown as Site;
  site.first_reported = { ...properties.first_reported, date: firstReported };
  if (properties.established && established) site.established = { ...properties.established, date: established };
  if (properties.closed && closed) site.closed = { ...properties.closed, date: closed };
  site.history = history as Site['history'];
  site.sources = sources as Source[];
  site.coordinates = coordinates;
  site.layer = layer;
  return site;
}

/** The date read, or undefined with the reason among the messages; a date may not lie in the future. */
function readAt(readDate: DateReader, edtf: string, path: string, messages: string[]): DateValue | undefined {
  const value = readDate(edtf);
  if ('problem' in value) return void messages.push(`${path} ${value.problem}`);
  if ((value.earliest ?? value.latest ?? '') > TODAY) return void messages.push(`${path} "${edtf}" lies in the future`);
  return value;
}

/** The site's source URLs, each with the index of its source; a URL given twice is a problem. */
function citableUrls({ sources }: SiteProperties, messages: string[]): Map<string, number> {
  const urls = new Map<string, number>();
  sources.forEach(({ url }, index) => {
    const first = urls.get(url);
    if (first !== undefined) messages.push(`sources[${index}] repeats the URL of sources[${first}]: ${url}`);
    else urls.set(url, index);
  });
  return urls;
}

/** Every citation in the site names one of its own sources; only a location dispute has points. */
function checkCitations(properties: SiteProperties, urls: ReadonlyMap<string, number>, messages: string[]): void {
  cite(properties.first_reported.source, 'first_reported.source', urls, messages);
  if (properties.name_ko_source !== 'transliteration') cite(properties.name_ko_source, 'name_ko_source', urls, messages);
  citeEach(properties.established?.sources, 'established.sources', urls, messages);
  citeEach(properties.closed?.sources, 'closed.sources', urls, messages);
  citeEach(properties.population_estimate?.sources, 'population_estimate.sources', urls, messages);
  properties.history.forEach((entry, h) => citeEach(entry.sources, `history[${h}].sources`, urls, messages));
  properties.disputes.forEach((dispute, d) => {
    citeEach(dispute.sources, `disputes[${d}].sources`, urls, messages);
    dispute.points?.forEach((point, p) => cite(point.source, `disputes[${d}].points[${p}].source`, urls, messages));
    if (dispute.points && dispute.field !== 'location') messages.push(`disputes[${d}] has points, but only a location dispute may`);
  });
}

function cite(url: string, path: string, urls: ReadonlyMap<string, number>, messages: string[]): void {
  if (!urls.has(url)) messages.push(`${path} cites ${url}, which is not among the site's sources`);
}

function citeEach(list: readonly string[] | undefined, path: string, urls: ReadonlyMap<string, number>, messages: string[]): void {
  list?.forEach((url, i) => cite(url, `${path}[${i}]`, urls, messages));
}
