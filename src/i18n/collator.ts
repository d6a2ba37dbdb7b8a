/** Names in order, in the reader's language. */
import type { Lang } from '../state/language.ts';

const made = new Map<Lang, Intl.Collator>();

/**
 * The one collator of a language, numeric so that No. 2 comes before No. 11. One for every
 * comparison: `localeCompare(…, lang)` builds one per call, seconds at 10,000 sites.
 */
export function collator(lang: Lang): Intl.Collator {
  let one = made.get(lang);
  if (!one) made.set(lang, (one = new Intl.Collator(lang, { numeric: true })));
  return one;
}

/**
 * Makes the language's collator in a task of its own, while the page waits for its sites. The
 * first collator loads ICU's data, 30-50 ms with a phone's CPU: made by the list, it lengthened
 * the list's first build, a long task already, by as much.
 */
export function prepareCollator(lang: Lang): void {
  setTimeout(() => collator(lang));
}
