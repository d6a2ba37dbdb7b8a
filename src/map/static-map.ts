/**
 * The map's stand-in where the browser cannot draw it (no WebGL): one sentence saying so, a
 * static preview of the sites, and the details of the site chosen in the list.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Site } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { el } from '../ui/dom.ts';
import type { SiteMap } from './map-or-preview.ts';
import { previewSvg } from './preview.ts';
import './static-map.css';

export interface StaticMapOptions {
  container: HTMLElement;
  base: string;
  lang: Lang;
  t: Strings;
}

const NORTH_KOREA = '408';

export function createStaticMap({ container, base, lang, t }: StaticMapOptions): SiteMap {
  const picture = el('div', { class: 'static-map-preview' });
  const details = el('div', { class: 'static-map-details' });
  details.hidden = true;
  container.classList.remove('maplibregl-map');
  container.classList.add('static-map');
  container.replaceChildren(el('p', { class: 'notice', role: 'status' }, t.noWebGL), picture, details);
  const outline = northKoreaOutline(base);
  const nameOf = (site: Site) => (lang === 'ko' ? site.name_ko : site.name);
  let drawn: readonly Site[] = [];
  let selected: string | undefined;
  const markSelected = () => {
    for (const marker of picture.querySelectorAll('.preview-site')) marker.classList.toggle('selected', marker.getAttribute('data-id') === selected);
  };

  return {
    map: undefined,
    setSites(sites) {
      drawn = sites;
      void outline.then((shape) => {
        if (drawn !== sites) return; // newer sites arrived while the outline loaded
        picture.replaceChildren(previewSvg(sites, { label: t.previewLabel(sites.length), nameOf, outline: shape }));
        markSelected();
      });
    },
    showPopup(site, content) {
      selected = site?.id;
      markSelected();
      details.replaceChildren(...(site && content ? [content] : []));
      details.hidden = !(site && content);
    },
    focusOn() {
      // Nothing to move: the preview always shows the whole country.
    },
    frame() {
      // It is always framed.
    },
    addControl() {
      // A picture has no controls: the panel's legend explains it.
    },
    setLabelLanguage() {
      // The preview's titles keep the language the page opened in.
    },
  };
}

/** The country's outline from the offline basemap, or nothing if it cannot be read: the markers alone still help. */
async function northKoreaOutline(base: string): Promise<Position[][][] | undefined> {
  try {
    const response = await fetch(`${base}basemap/countries.geojson`);
    if (!response.ok) return undefined;
    const { features } = (await response.json()) as { features: Feature<Polygon | MultiPolygon>[] };
    const geometry = features.find((feature) => feature.properties?.iso_n3 === NORTH_KOREA)?.geometry;
    if (!geometry) return undefined;
    return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  } catch {
    return undefined;
  }
}
