/** Fetches and validates the layer files in the browser. */
import { fetchLayers, type LayerBytes, type LoadOptions } from './fetch-layers.ts';
import { LoadError } from './load-error.ts';
import { parseJson, validateLayers, type Validated } from './validate.ts';

// Kept here too: callers of loadSites catch them.
export { LoadError, type LoadFailure } from './load-error.ts';
export { LOAD_TIMEOUT_MS, type LoadOptions } from './fetch-layers.ts';

/**
 * The sites of every file that pass validation, and the problems of those that do not; the
 * files are fetched at once and validated together (ids unique across them). Throws a
 * `LoadError` for the first file that cannot be read whole: an HTTP error, a network failure,
 * no answer within `timeoutMs`, or text that is not JSON (e.g. a download cut short).
 * @example await loadSites(['./data/kwanliso.geojson', './data/kyohwaso.geojson']) // {sites: [...], problems: []}
 */
export async function loadSites(urls: readonly string[], options: LoadOptions = {}): Promise<Validated> {
  return validateFiles(await fetchLayers(urls, options));
}

/**
 * The sites of layer files already fetched, validated together; throws a `LoadError` for a file
 * that is not JSON (a download cut short). What the page's worker runs (load-worker.ts).
 * @example validateFiles([{ file: 'kwanliso.geojson', bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}').buffer }]) // {sites: [], problems: []}
 */
export function validateFiles(files: readonly LayerBytes[]): Validated {
  const utf8 = new TextDecoder();
  return validateLayers(
    files.map(({ file, bytes }) => {
      const parsed = parseJson(utf8.decode(bytes), file);
      if ('problem' in parsed) throw new LoadError(file, { kind: 'damaged', detail: parsed.problem.message });
      return { file, json: parsed.json };
    }),
  );
}
