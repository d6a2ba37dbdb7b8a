/**
 * Search that forgives how Korean names are written: diacritics (Sŭngho), apostrophes
 * (Ch'ŏngjin), hyphens and the usual romanisation variants (McCune-Reischauer, Revised
 * Romanization and ad-hoc spellings) all fold to one key. Hangul is matched as written.
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

/**
 * The comparable form of a name or query.
 * @example searchKey("Sŭngho-ri") === searchKey('sungho ri') // true
 * @example searchKey('Yoduk') === searchKey('Yodŏk') // true
 */
export function searchKey(text: string): string {
  let key = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s'’‘`.,()\-–—_/]+/g, '');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key.normalize('NFC');
}

/** Everything a site can be found by, folded once. */
export function siteKeys(site: Pick<Site, 'name' | 'name_ko' | 'aliases' | 'id'>): string[] {
  return [site.name, site.name_ko, ...site.aliases, site.id].map(searchKey);
}

/** True when every word of the query is found in one of the site's names. */
export function matchesQuery(keys: readonly string[], query: string): boolean {
  const words = query.split(/\s+/).map(searchKey).filter(Boolean);
  return words.every((word) => keys.some((key) => key.includes(word)));
}
