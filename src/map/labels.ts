/**
 * Camp names on the map. The first view names only the new camps, shortly and, in English, in
 * glyphs the basemap's labels fetch anyway (Latin-1), so naming them costs no glyph download.
 * From zoom 7 every site carries its full name.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { stringsOf } from '../i18n/languages.ts';

export const FULL_NAMES_FROM = 7;
export type LabelField = 'name' | 'name_ko';

/** Everything from the first bracket or comma, or the words for the type, is not needed to tell a camp on the first view. */
const AFTER_PLACE = /\s*[(,]|\s+(?:political\s+)?prison\s+camp\b/i;

/**
 * A name's place, in Latin-1: marks dropped (Sŭngho → Sungho), curly quotes and dashes made plain.
 * @example shortName('Sŭngho-ri political prison camp (2020–22), now Forced Labor Camp 75') // 'Sungho-ri'
 * @example shortName('Pyongsan County political prison camp') // 'Pyongsan County'
 */
export function shortName(name: string): string {
  const place = name.split(AFTER_PLACE)[0]?.trim() || name;
  return place.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").replace(/[–—]/g, '-');
}

/**
 * The label of a site in the reader's language: below zoom 7 a new camp's short name, from zoom
 * 7 the full name; a new camp's second line says since when it is new.
 */
export function labelText(field: LabelField): ExpressionSpecification {
  const since: ExpressionSpecification = ['concat', stringsOf(field === 'name' ? 'en' : 'ko').newCampLabel, ' ', ['get', 'new_since']];
  const withSince = (name: ExpressionSpecification): ExpressionSpecification => ['format', name, {}, '\n', {}, since, { 'font-scale': 0.85 }];
  return [
    'step',
    ['zoom'],
    withSince(['get', field === 'name' ? 'short_name' : 'name_ko']),
    FULL_NAMES_FROM,
    ['case', ['has', 'new_since'], withSince(['get', field]), ['format', ['get', field], {}]],
  ];
}
