/**
 * Reads the data's EDTF dates with the `edtf` package: in Node only (the validator, the build),
 * which then hands the browser the values (dates.ts) instead of the parser.
 */
import edtf, { parse } from 'edtf';
import type { DatePrecision, DateReader, DateValue } from './dates.ts';

interface ParsedDate {
  type: string;
  values: unknown[];
  earlier?: boolean;
  later?: boolean;
  uncertain?: unknown;
  approximate?: unknown;
  unspecified?: number;
}

/** The `unspecified` bitmask of a year ending in X (`196X`) or XX (`19XX`): edtf's digit flags. */
const UNSPECIFIED_PRECISION: Record<number, DatePrecision> = { 8: 'decade', 12: 'century' };


/**
 * @example readEdtf('[..2009-06-03]') // {edtf: '[..2009-06-03]', form: 'no-later-than', latest: '2009-06-03', precision: 'day'}
 * @example readEdtf('196X') // {edtf: '196X', form: 'date', earliest: '1960-01-01', latest: '1969-12-31', precision: 'decade'}
 */
export const readEdtf: DateReader = (text) => {
  let value = read.get(text);
  if (!value) read.set(text, (value = readOnce(text)));
  return value;
};

// The grammar parser takes a good part of a millisecond, and the same few hundred strings recur.
const read = new Map<string, ReturnType<DateReader>>();

function readOnce(text: string): ReturnType<DateReader> {
  let parsed: ParsedDate;
  let bounds: { min: number; max: number };
  try {
    parsed = parse(text) as ParsedDate;
    bounds = edtf(text) as { min: number; max: number };
  } catch {
    return { problem: `"${text}" is not an EDTF date` };
  }
  const unsupported = { problem: `"${text}" is EDTF, but not a form this data uses (geo/README.md lists them)` };
  const members = parsed.type === 'Date' ? [parsed] : parsed.values.filter(isPlainDate);
  if (!members.every(isCalendarDay)) return { problem: `"${text}" is not a real calendar date` };
  const day = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined);
  const value = (form: DateValue['form'], precision: DatePrecision, extra: Partial<DateValue> = {}): DateValue =>
    withoutUndefined({ edtf: text, form, earliest: day(bounds.min), latest: day(bounds.max), precision, ...extra });

  if (parsed.type === 'Date') {
    const precision = precisionOf(parsed);
    if (!precision) return unsupported;
    return value('date', precision, {
      ...(parsed.uncertain === true ? { uncertain: true } : {}),
      ...(parsed.approximate === true ? { approximate: true } : {}),
    });
  }
  if (members.length !== parsed.values.length) return unsupported;
  const last = members.at(-1);
  const precision = last && precisionOf(last);
  if (!precision) return unsupported;
  if (parsed.type === 'Set' && members.length === 1 && parsed.earlier) return value('no-later-than', precision);
  if (parsed.type === 'Set' && members.length === 1 && parsed.later) return value('no-earlier-than', precision);
  const parts = text.replace(/^\[|\]$/g, '').split(parsed.type === 'Interval' ? '/' : ',');
  if (parsed.type === 'Set' && members.length > 1 && !parsed.earlier && !parsed.later) return value('one-of', precision, { parts });
  if (parsed.type === 'Interval' && members.length === 2) return value('between', precision, { parts });
  return unsupported;
}

/** edtf allows 29 February in any year; a day must exist in its month. */
function isCalendarDay({ values }: ParsedDate): boolean {
  if (values.length < 3) return true;
  const [year, month, day] = values as number[];
  const date = new Date(Date.UTC(year ?? 0, month ?? 0, day ?? 0));
  return date.getUTCMonth() === month && date.getUTCDate() === day;
}

function isPlainDate(value: unknown): value is ParsedDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as ParsedDate).type === 'Date';
}

/** Year, month or day from how many parts the date names; a year ending in X is a decade or century. */
function precisionOf(date: ParsedDate): DatePrecision | undefined {
  if (date.unspecified) return date.values.length === 1 ? UNSPECIFIED_PRECISION[date.unspecified] : undefined;
  if (typeof date.uncertain === 'number' || typeof date.approximate === 'number') return undefined; // per-part qualifiers
  return (['year', 'month', 'day'] as const)[date.values.length - 1];
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
