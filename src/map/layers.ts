/**
 * The camp layers: two sources of sites, each drawn as markers, names, uncertainty rings and
 * clusters from the theme. Political prison camps and prisons have a source of their own, so
 * that the denser labour-training and detention layers may cluster without ever hiding them.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { newSince } from '../data/new-camps.ts';
import type { Site } from '../data/site.ts';
import { DENSE_LAYERS, UNCERTAINTY_KM } from '../data/vocabulary.ts';
import { FONT, basemapTheme, type BasemapTheme } from './basemap.ts';
import { FULL_NAMES_FROM, labelText, shortName, type LabelField } from './labels.ts';
import { LABEL, NEW_CAMP, UNCERTAINTY } from './theme.ts';

export const CAMPS_SOURCE = 'camps';
export const DENSE_SOURCE = 'camps-dense';
export const SITE_SOURCES = [DENSE_SOURCE, CAMPS_SOURCE] as const;
export type SiteSource = (typeof SITE_SOURCES)[number];

/** The source a site is drawn from. */
export const sourceOf = (site: Pick<Site, 'layer'>): SiteSource => (DENSE_LAYERS.includes(site.layer) ? DENSE_SOURCE : CAMPS_SOURCE);

/** The ids of a source's map layers: its markers carry the source's own id. */
export const layerIds = (source: SiteSource) => ({
  markers: source,
  labels: `${source}-labels`,
  rings: `${source}-uncertainty`,
  selected: `${source}-selected`,
  new: `${source}-new`,
  clusters: `${source}-clusters`,
  count: `${source}-clusters-count`,
});

export const CAMPS_LAYER = layerIds(CAMPS_SOURCE).markers;
/**
 * MapLibre's own clustering. The camps and prisons cluster only past 64 sites within 50 px,
 * more than all the political prison camps and prisons any source lists (about 45), so the
 * real ones never do, while a dataset of thousands stays drawable. The dense layers cluster
 * from four sites close together, and a cluster opens to its sites.
 */
export const CLUSTERING: Record<SiteSource, { cluster: true; clusterRadius: number; clusterMinPoints: number; clusterMaxZoom: number }> = {
  [CAMPS_SOURCE]: { cluster: true, clusterRadius: 50, clusterMinPoints: 64, clusterMaxZoom: 11 },
  [DENSE_SOURCE]: { cluster: true, clusterRadius: 40, clusterMinPoints: 4, clusterMaxZoom: 11 },
};

const single: FilterSpecification = ['!', ['has', 'point_count']];

/** Web Mercator at zoom 0: the equator's 40,075 km across MapLibre's 512 px world. */
const EQUATOR_M = 2 * Math.PI * 6_378_137;
const WORLD_PX = 512;

/**
 * A ring's radius in pixels at zoom 0 for `km` at `lat`; the map doubles it each zoom level.
 * @example ringRadiusAtZoom0(40, 0) * 2 ** 6 // ≈ 32.7: 40 km at zoom 6 on the equator
 */
export function ringRadiusAtZoom0(km: number, lat: number): number {
  return (km * 1000 * WORLD_PX) / (EQUATOR_M * Math.cos((lat * Math.PI) / 180));
}

// Exponential base 2 over zoom is exactly Web Mercator's scale, so the ring keeps its size on the ground.
const RING_RADIUS: ExpressionSpecification = ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'ring'], 24, ['*', ['get', 'ring'], 2 ** 24]];

/** What the map needs of each site to draw it; the popup reads the full site by id. */
export function campsGeoJSON(sites: readonly Site[]): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: sites.map(campFeature) };
}

function campFeature(site: Site): Feature<Point> {
  const since = newSince(site);
  return {
    type: 'Feature',
    id: site.id,
    geometry: { type: 'Point', coordinates: site.coordinates },
    properties: {
      id: site.id,
      name: site.name,
      name_ko: site.name_ko,
      ministry: site.ministry,
      facility_type: site.facility_type,
      status: site.status,
      location_precision: site.location_precision,
      // A circle in the GPU rather than a polygon per site: 10,000 sites would be 170,000 vertices to tile.
      ring: ringRadiusAtZoom0(UNCERTAINTY_KM[site.location_precision], site.coordinates[1]),
      // Only a new camp is named at the first view, under a short name (labels.ts).
      ...(since ? { new_since: since, short_name: shortName(site.name) } : {}),
    },
  };
}

/** Names, the selection ring and cluster discs in each palette: dark text would glare on the dark basemap. */
const LABELS: Record<BasemapTheme, typeof LABEL> = {
  light: LABEL,
  dark: { colour: basemapTheme.dark.cityText, halo: basemapTheme.dark.halo, disc: '#2a2e33' },
};

const faded = ['match', ['get', 'status'], ['closed', 'converted'], 0.55, 1];
const isNew: ExpressionSpecification = ['has', 'new_since'];
/** Which name wins where two collide: a new camp's, then an operating political prison camp's, then the rest. */
const LABEL_PRIORITY: ExpressionSpecification = ['case', isNew, 0, ['all', ['==', ['get', 'facility_type'], 'kwanliso'], ['==', ['get', 'status'], 'operating']], 1, 2];

/** Layers for the sites of both sources, the dense below, labelled by `labelField` (the name in the reader's language). */
export function campLayers(labelField: LabelField = 'name', theme: BasemapTheme = 'light'): LayerSpecification[] {
  return SITE_SOURCES.flatMap((source) => sourceLayers(source, labelField, theme));
}

function sourceLayers(source: SiteSource, labelField: LabelField, theme: BasemapTheme): LayerSpecification[] {
  const id = layerIds(source);
  const label = LABELS[theme];
  return [
    {
      // A translucent ring around each site whose location is not known to the facility.
      id: id.rings,
      type: 'circle',
      source,
      filter: ['all', single, ['>', ['get', 'ring'], 0]],
      paint: {
        'circle-radius': RING_RADIUS,
        'circle-color': UNCERTAINTY.fill,
        'circle-opacity': UNCERTAINTY.fillOpacity,
        'circle-stroke-color': UNCERTAINTY.line,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.7,
        'circle-pitch-alignment': 'map',
        'circle-pitch-scale': 'map',
      },
    },
    {
      id: id.selected,
      type: 'circle',
      source,
      filter: single,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 13, 12, 20],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': label.colour,
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2.5, 0],
      },
    },
    {
      id: id.clusters,
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': label.disc,
        'circle-stroke-color': label.colour,
        'circle-stroke-width': 1.5,
        'circle-radius': ['step', ['get', 'point_count'], 12, 100, 16, 1000, 20],
      },
    },
    {
      id: id.count,
      type: 'symbol',
      source,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT, 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': label.colour },
    },
    {
      // A new camp stands out on a disc of its own, at every zoom.
      id: id.new,
      type: 'circle',
      source,
      filter: ['all', single, isNew],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 11, 12, 17],
        'circle-color': NEW_CAMP.fill,
        'circle-stroke-color': NEW_CAMP.line,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: id.markers,
      type: 'symbol',
      source,
      filter: single,
      layout: {
        'icon-image': ['concat', 'camp-', ['get', 'ministry'], '-', ['get', 'facility_type']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.85, 12, 1.3],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['match', ['get', 'facility_type'], 'kwanliso', 0, 1],
      },
      paint: { 'icon-opacity': faded },
    },
    {
      // The first view names only the new camps: the rest would only collide, and their names
      // would need glyphs the first view does not fetch (labels.ts).
      id: id.labels,
      type: 'symbol',
      source,
      filter: ['all', single, ['step', ['zoom'], isNew, FULL_NAMES_FROM, true]],
      layout: {
        'text-field': labelText(labelField),
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 12, 14],
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        'text-optional': true,
        'symbol-sort-key': LABEL_PRIORITY,
      },
      paint: { 'text-color': label.colour, 'text-halo-color': label.halo, 'text-halo-width': 1.5 },
    },
  ] as LayerSpecification[];
}
