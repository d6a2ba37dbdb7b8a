/** The interface languages and how the reader's is chosen: state, so the URL can carry it without loading the strings. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * The reader's language: the URL's choice, else the browser's, else English.
 * @example pickLang(undefined, ['ko-KR', 'en']) // 'ko'
 */
export function pickLang(fromUrl: string | undefined, browserLanguages: readonly string[]): Lang {
  const candidates = [fromUrl, ...browserLanguages].map((tag) => tag?.slice(0, 2).toLowerCase());
  return candidates.find((tag): tag is Lang => LANGUAGES.includes(tag as Lang)) ?? 'en';
}
