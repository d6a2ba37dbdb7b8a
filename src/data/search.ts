/**
 * Search that forgives how Korean names are written: diacritics (Sŭngho), apostrophes
 * (Ch'ŏngjin), hyphens and the usual romanisation variants (McCune-Reischauer, Revised
 * Romanization and ad-hoc spellings) all fold to one key. Hangul is matched as written.
 * It matches the reader's words within a name's words: "sungho ri" and "sunghori" find
 * Sŭngho-ri, but "onsong" does not find "prison Sungwon" by running across its words.
 */
import type { Site } from './site.ts';

// Order matters: digraphs before the single letters they contain.
const FOLDS: [RegExp, string][] = [
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/u/g, 'o'],
  [/ch/g, 'j'],
  [/sh/g, 's'],
  [/k/g, 'g'],
  [/p/g, 'b'],
  [/t/g, 'd'],
  [/r/g, 'l'],
  [/(.)\1+/g, '$1'],
];

/** What separates the words of a name: spaces, hyphens and other punctuation. */
const BREAKS = /[\s.,()\-–—_/]+/;
/** McCune-Reischauer's apostrophe marks an aspirate inside a word (Ch'ŏngjin): it is dropped, not a break. */
const APOSTROPHES = /['’‘`]/g;

/**
 * The comparable form of a word (or of a whole name, its words run together).
 * @example searchKey("Sŭngho-ri") === searchKey('sungho ri') // true
 * @example searchKey('Yoduk') === searchKey('Yodŏk') // true
 */
export function searchKey(text: string): string {
  return words(text).join('');
}

function words(text: string): string[] {
  return text.replace(APOSTROPHES, '').split(BREAKS).map(foldWord).filter(Boolean);
}

/** Words already folded: names repeat their words ("camp", "prison", "kyohwaso": 5,761 words, 915 distinct in 305 sites). */
const foldedWords = new Map<string, string>();

function foldWord(word: string): string {
  let key = foldedWords.get(word);
  if (key === undefined) {
    key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
    foldedWords.set(word, (key = key.normalize('NFC')));
  }
  return key;
}

/**
 * One name, folded: its words, and what follows the start of each word (`tails`), so that a
 * query word may run on from a word's start into the next word, but never start mid-word.
 */
export interface NameKey {
  words: string[];
  tails: string[];
}

/**
 * @example nameKey('Sŭngho-ri camp') // {words: ['songho', 'li', 'camb'], tails: ['songholicamb', 'licamb', 'camb']}
 */
export function nameKey(name: string): NameKey {
  const folded = words(name);
  return { words: folded, tails: folded.map((_, i) => folded.slice(i).join('')) };
}

/**
 * A site's names, folded, by the names themselves: a site as of another year is another object
 * with the same names, and folding every name of every site took most of a keystroke's time.
 */
const folded = new Map<string, NameKey[]>();
/** And by the site itself, so that a keystroke does not even join its names again. */
const foldedFor = new WeakMap<object, NameKey[]>();

/** Everything a site can be found by, folded once. */
export function siteKeys(site: Pick<Site, 'name' | 'name_ko' | 'aliases' | 'id'>): NameKey[] {
  let keys = foldedFor.get(site);
  if (keys) return keys;
  const names = [site.name, site.name_ko, ...site.aliases, site.id];
  const key = names.join('\n');
  keys = folded.get(key);
  if (!keys) folded.set(key, (keys = names.map(nameKey)));
  foldedFor.set(site, keys);
  return keys;
}

/**
 * True when every word of the query is found in one of the site's names: inside one of its
 * words (Korean compounds: "11호" in "제11호"), or from the start of one of its words onwards
 * ("sunghori" in "Sŭngho-ri").
 * @example matchesQuery(siteKeys({ id: 'x', name: 'Prison Sungwon', name_ko: '성원', aliases: [] }), 'onsong') // false
 */
export function matchesQuery(keys: readonly NameKey[], query: string): boolean {
  const words = queryWords(query);
  return words.every((word) => keys.some(({ words: inside, tails }) => inside.some((w) => w.includes(word)) || tails.some((tail) => tail.startsWith(word))));
}

/** The last query's words, folded: one query is matched against every site in turn. */
let lastQuery: { query: string; words: string[] } | undefined;

function queryWords(query: string): string[] {
  if (lastQuery?.query !== query) lastQuery = { query, words: query.split(/\s+/).map(searchKey).filter(Boolean) };
  return lastQuery.words;
}
