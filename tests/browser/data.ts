/** The real sites, validated as the build validates them, for tests to compare the page with. */
import { loadGeo } from '../../scripts/lib/geo-files.ts';
import { DEFAULT_LAYERS } from '../../src/data/vocabulary.ts';

/** Every site of every layer. */
export const allSites = loadGeo();
/** The sites a link without `layers=` shows: those of the default layers. */
export const shownSites = allSites.filter((site) => DEFAULT_LAYERS.includes(site.layer));
export const SEED = 'https://www.dailynk.com/english/violators-north-korea-anti-reactionary-thought-law-punishment-families/';
