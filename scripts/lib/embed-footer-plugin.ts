/**
 * Vite plugin: writes the embed's footer into embed.html as a plain link shows it (English, the
 * publishers of the sites it first shows), from the footer's own code. Added by the page's
 * script after its map code, the footer shrank the map and the picture over it twice on a phone
 * (740 → 642 → 625 px) while the map loaded: the picture jumped, and the map redrew in full.
 */
import type { Plugin } from 'vite';
import { visibleSites } from '../../src/data/filter.ts';
import { embedFooter } from '../../src/embed/footer.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';
import { readHash, siteQuery } from '../../src/state/url.ts';
import { GEO_DIR, loadGeo } from './geo-files.ts';
import { serializeHtml, withDocument } from './html.ts';

/** Where embed.html asks for the footer. */
const PLACE = '<footer class="embed-footer"></footer>';

export function embedFooterHtml(geoDir = GEO_DIR): string {
  const shown = visibleSites(loadGeo(geoDir), siteQuery(readHash('')));
  return withDocument(() => {
    const footer = embedFooter(STRINGS.en);
    footer.setSites(shown);
    return serializeHtml(footer.element);
  });
}

export function embedFooterPage(geoDir = GEO_DIR): Plugin {
  return {
    name: 'embed-footer',
    transformIndexHtml: (html) => (html.includes(PLACE) ? html.replace(PLACE, embedFooterHtml(geoDir)) : html),
  };
}
