/**
 * The strings of the reader's language. English comes with the page; Korean loads when the page
 * is read in Korean, so a reader in English downloads none of it (nor the other way round, but
 * for the English the page falls back on).
 */
import type { Lang } from '../state/language.ts';
import { en, type Strings } from './strings.ts';

const LOADERS: Record<Lang, () => Promise<Strings>> = {
  en: () => Promise.resolve(en),
  ko: () => import('./ko.ts').then(({ ko }) => ko),
};

const loaded: Partial<Record<Lang, Strings>> = { en };
const loading = new Map<Lang, Promise<Strings>>();

/** The language's strings, loaded first if they are not yet; a failed load is tried again at the next call. */
export function loadStrings(lang: Lang): Promise<Strings> {
  let strings = loading.get(lang);
  if (!strings) {
    strings = LOADERS[lang]().then(
      (t) => (loaded[lang] = t),
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, strings);
  }
  return strings;
}

/**
 * Runs `then` with the language's strings: at once where they are loaded, so a link or a switch
 * of language is answered within the frame, else once they arrive.
 */
export function withStrings(lang: Lang, then: (t: Strings) => void): void {
  const ready = loaded[lang];
  if (ready) then(ready);
  else loadStrings(lang).then(then, (error: unknown) => console.error(error));
}

/**
 * The strings of a language loaded before (loadStrings, withStrings): for code that runs once
 * the page is in that language.
 */
export function stringsOf(lang: Lang): Strings {
  const ready = loaded[lang];
  if (!ready) throw new Error(`the ${lang} strings are used before they were loaded`);
  return ready;
}
