/**
 * A layer as the site serves it: the file from geo/, minified, with a table of its dates as
 * the `edtf` package reads them (a GeoJSON foreign member, `dates`), so the browser gets the
 * values and never the parser (src/data/dates.ts).
 */
import type { DateValue } from '../../src/data/dates.ts';
import { readEdtf } from '../../src/data/edtf.ts';

/** Every EDTF string a camps file holds, wherever the schema puts a date. */
export function datesIn(json: unknown): string[] {
  const features = (json as { features?: { properties?: Record<string, unknown> }[] }).features ?? [];
  const found = new Set<string>();
  const add = (value: unknown) => typeof value === 'string' && value !== 'undated' && found.add(value);
  const dateOf = (value: unknown) => (value as { date?: unknown } | undefined)?.date;
  const each = (list: unknown, take: (item: unknown) => void) => Array.isArray(list) && list.forEach(take);
  for (const { properties = {} } of features) {
    for (const key of ['first_reported', 'established', 'closed']) add(dateOf(properties[key]));
    each(properties.history, (entry) => add(dateOf(entry)));
    each(properties.sources, (source) => add(dateOf(source)));
  }
  return [...found].sort();
}

/**
 * @example publishLayer({ type: 'FeatureCollection', features: [...] }) // '{"type":"FeatureCollection","dates":{"1993":{...}},"features":[...]}'
 */
export function publishLayer(json: unknown): string {
  const dates: Record<string, DateValue> = {};
  for (const edtf of datesIn(json)) {
    const value = readEdtf(edtf);
    if (!('problem' in value)) dates[edtf] = value;
  }
  const { type, features, ...rest } = json as Record<string, unknown>;
  return JSON.stringify({ type, ...rest, dates, features });
}
