/** Dates in plain words, in English and Korean: "by June 2009", "about 1965", "the 1960s". */
import type { DatePrecision, DateValue } from '../data/dates.ts';
import type { Lang } from '../state/language.ts';

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };

const FORMATS: Partial<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
};

/** A plain ISO day, month or year (`2009-06-03`, `2009-06`, `2009`), as `Intl` writes it. */
function plainDate(iso: string, precision: DatePrecision, lang: Lang): string {
  const year = iso.slice(0, 4);
  if (precision === 'decade' || precision === 'century') return lang === 'ko' ? `${year}년대` : `the ${year}s`;
  const format = FORMATS[precision];
  if (!format) return lang === 'ko' ? `${Number(year)}년` : String(Number(year));
  const [, month = '01', day = '01'] = iso.split('-');
  return formatter(lang, precision, format).format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** One formatter per language and precision: making one costs far more than using it, and a site page writes dozens of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: DatePrecision, format: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${precision}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(LOCALES[lang], format)));
  return made;
}

/** One part of a "one of" or "between" date, written as the data has it (`1991`, `2009-06`). */
function part(edtf: string, lang: Lang): string {
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(edtf)?.[0] ?? edtf;
  return plainDate(iso, iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year', lang);
}

const WORDS = {
  en: {
    approximate: (date: string) => `about ${date}`,
    uncertain: (date: string) => `${date} (uncertain)`,
    noLaterThan: (date: string) => `by ${date}`,
    noEarlierThan: (date: string) => `${date} or later`,
    oneOf: (dates: string[]) => `${dates.slice(0, -1).join(', ')} or ${dates.at(-1)}`,
    between: (from: string, to: string) => `between ${from} and ${to}`,
  },
  ko: {
    approximate: (date: string) => `${date}경`,
    uncertain: (date: string) => `${date}(불확실)`,
    noLaterThan: (date: string) => `늦어도 ${date}`,
    noEarlierThan: (date: string) => `${date} 이후`,
    oneOf: (dates: string[]) => `${dates.join(' 또는 ')}`,
    between: (from: string, to: string) => `${from}~${to} 사이`,
  },
} as const;

/**
 * @example dateInWords({ edtf: '[..2009-06]', form: 'no-later-than', latest: '2009-06-30', precision: 'month' }, 'en') // 'by June 2009'
 * @example dateInWords({ edtf: '196X', form: 'date', earliest: '1960-01-01', latest: '1969-12-31', precision: 'decade' }, 'ko') // '1960년대'
 */
export function dateInWords(date: DateValue, lang: Lang): string {
  const words = WORDS[lang];
  switch (date.form) {
    case 'no-later-than':
      return words.noLaterThan(plainDate(date.latest ?? '', date.precision, lang));
    case 'no-earlier-than':
      return words.noEarlierThan(plainDate(date.earliest ?? '', date.precision, lang));
    case 'one-of':
      return words.oneOf((date.parts ?? []).map((p) => part(p, lang)));
    case 'between': {
      const [from = '', to = ''] = date.parts ?? [];
      return words.between(part(from, lang), part(to, lang));
    }
    case 'date': {
      let text = plainDate(date.earliest ?? '', date.precision, lang);
      if (date.approximate) text = words.approximate(text);
      if (date.uncertain) text = words.uncertain(text);
      return text;
    }
  }
}
