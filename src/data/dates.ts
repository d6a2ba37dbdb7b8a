/**
 * Dates as the sources give them: EDTF (ISO 8601-2) strings in geo/, read once at the data's
 * boundary into a small value that the timelines, the popup's words and the exports use. Node
 * reads them with the `edtf` package (edtf.ts); the browser gets the same values from a table
 * the build writes into each layer file, so it never ships a date parser.
 */

/** How finely a date is known: the last unit its string names. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'decade', 'century'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * The shapes of EDTF the data uses: one date, "no later than" (`[..2009-06-03]`), "no earlier
 * than" (`[2009..]`), "one of" (`[1991,1994]`) and "between" (`1991/1994`).
 */
export const DATE_FORMS = ['date', 'no-later-than', 'no-earlier-than', 'one-of', 'between'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

export interface DateValue {
  /** The string as written in the data, e.g. `2009?`. */
  edtf: string;
  form: DateForm;
  /** First possible day, `YYYY-MM-DD`; absent when open ("no later than"). */
  earliest?: string;
  /** Last possible day, `YYYY-MM-DD`; absent when open ("no earlier than"). */
  latest?: string;
  /** The precision of the date, or of the later end of a "between" or "one of". */
  precision: DatePrecision;
  /** `?`: the source is unsure. */
  uncertain?: boolean;
  /** `~`: the source gives it as "about". */
  approximate?: boolean;
  /** The named dates, for a "one of" or "between": each as written, e.g. `['1991', '1994']`. */
  parts?: string[];
}

/** Reads an EDTF string into a DateValue, or says in plain words why it cannot. */
export type DateReader = (edtf: string) => DateValue | { problem: string };

const yearOf = (isoDay: string | undefined): number | undefined => (isoDay === undefined ? undefined : Number(isoDay.slice(0, 4)));

/**
 * The latest year the date may stand for: the year from which a thing counts as known or begun,
 * so a timeline never shows it earlier than its sources allow.
 * @example latestYear({ edtf: '196X', form: 'date', earliest: '1960-01-01', latest: '1969-12-31', precision: 'decade' }) // 1969
 */
export function latestYear(date: DateValue): number {
  return yearOf(date.latest) ?? yearOf(date.earliest) ?? Number.POSITIVE_INFINITY;
}

/** The earliest year the date may stand for, or the latest where it has no lower bound. */
export function earliestYear(date: DateValue): number {
  return yearOf(date.earliest) ?? latestYear(date);
}

/** Sorts dates by when they may have happened, earliest first; open starts sort by their end. */
export function compareDates(a: DateValue, b: DateValue): number {
  return (a.earliest ?? a.latest ?? '').localeCompare(b.earliest ?? b.latest ?? '') || (a.latest ?? '').localeCompare(b.latest ?? '');
}

/**
 * Reads dates from the table a published layer file carries (`dates`: EDTF string → value).
 * @example tableReader({ '2009?': value })('2009?') // value
 */
export function tableReader(table: unknown): DateReader {
  const known = isRecord(table) ? table : {};
  return (edtf) => {
    const value = Object.hasOwn(known, edtf) ? known[edtf] : undefined;
    return isDateValue(value, edtf) ? value : { problem: `"${edtf}" is not in the file's table of dates` };
  };
}

function isDateValue(value: unknown, edtf: string): value is DateValue {
  if (!isRecord(value) || value.edtf !== edtf) return false;
  const day = (v: unknown) => v === undefined || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
  return (
    (DATE_FORMS as readonly unknown[]).includes(value.form) &&
    (DATE_PRECISIONS as readonly unknown[]).includes(value.precision) &&
    day(value.earliest) &&
    day(value.latest) &&
    (value.earliest !== undefined || value.latest !== undefined) &&
    (value.parts === undefined || (Array.isArray(value.parts) && value.parts.every((part) => typeof part === 'string')))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
