// geojson-validation ships no types; these cover the calls this project makes.
declare module 'geojson-validation' {
  export function isFeature(value: unknown, trace: true): string[];
  export function isGeoJSONObject(value: unknown, trace: true): string[];
}
