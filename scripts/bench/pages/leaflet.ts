/**
 * The Leaflet reference: the same basemap GeoJSON files and camps file on Leaflet's canvas
 * renderer, camps as circle markers, no labels (Leaflet has no glyph rendering).
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import { DPRK_BOUNDS, base, markReady } from './frame.ts';

const [west, south, east, north] = DPRK_BOUNDS;
const renderer = L.canvas();
const map = L.map('map', { renderer, preferCanvas: true, minZoom: 5, maxZoom: 13, attributionControl: false });
map.fitBounds([
  [south, west],
  [north, east],
]);

const load = async (path: string): Promise<FeatureCollection> => (await fetch(`${base}${path}`)).json() as Promise<FeatureCollection>;
const [countries, provinceLines, borders, cities, camps] = await Promise.all(
  ['basemap/countries', 'basemap/province-lines', 'basemap/borders', 'basemap/cities', 'data/camps'].map((name) =>
    load(`${name}.geojson`),
  ),
);
const line = (color: string, weight: number) => ({ renderer, color, weight, fill: false, interactive: false });
const dot = (radius: number, fillColor: string) => ({ renderer, radius, fillColor, color: '#ffffff', weight: 1, fillOpacity: 1 });

// As in the MapLibre style, the coast is the land polygons' outline; the borders line covers it on land borders.
L.geoJSON(countries, { style: { renderer, color: '#9fb0bb', fillColor: '#fbfaf7', fillOpacity: 1, weight: 0.8 } }).addTo(map);
L.geoJSON(provinceLines, { style: { ...line('#c3bcb0', 0.8), dashArray: '4 2' } }).addTo(map);
L.geoJSON(borders, { style: line('#857c70', 1.2) }).addTo(map);
L.geoJSON(cities, { pointToLayer: (_feature, at) => L.circleMarker(at, dot(3, '#4a4744')) }).addTo(map);
L.geoJSON(camps, { pointToLayer: (_feature, at) => L.circleMarker(at, dot(6, '#b00020')) }).addTo(map);
// The canvas renderer draws on the next animation frame; the one after that follows the paint.
requestAnimationFrame(() => requestAnimationFrame(markReady));
