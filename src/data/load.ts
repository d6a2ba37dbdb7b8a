/** Fetches and validates the layer files in the browser. */
import { parseJson, validateLayers, type Validated } from './validate.ts';

/** How long the reader waits for the camps file before being offered a retry. */
export const LOAD_TIMEOUT_MS = 15_000;

/** Why the file could not be read: each is worth a retry, unlike a problem in the data. */
export type LoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'damaged'; detail: string };

export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly failure: LoadFailure,
  ) {
    super(`${file}: could not load (${failure.kind})`);
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The sites of every file that pass validation, and the problems of those that do not; the
 * files are fetched at once and validated together (ids unique across them). Throws a
 * `LoadError` for the first file that cannot be read whole: an HTTP error, a network failure,
 * no answer within `timeoutMs`, or text that is not JSON (e.g. a download cut short).
 * @example await loadSites(['./data/kwanliso.geojson', './data/kyohwaso.geojson']) // {sites: [...], problems: []}
 */
export async function loadSites(urls: readonly string[], { timeoutMs = LOAD_TIMEOUT_MS, fetch = globalThis.fetch }: LoadOptions = {}): Promise<Validated> {
  const files = await Promise.all(
    urls.map(async (url) => {
      const file = url.split(/[?#]/)[0]?.split('/').pop() || url;
      const parsed = parseJson(await fetchText(url, file, timeoutMs, fetch), file);
      if ('problem' in parsed) throw new LoadError(file, { kind: 'damaged', detail: parsed.problem.message });
      return { file, json: parsed.json };
    }),
  );
  return validateLayers(files);
}

async function fetchText(url: string, file: string, timeoutMs: number, get: typeof fetch): Promise<string> {
  const controller = new AbortController();
  // The same signal aborts a response whose body stalls half-way, not only a silent server.
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await get(url, { signal: controller.signal });
    if (!response.ok) throw new LoadError(file, { kind: 'http', status: response.status });
    return await response.text();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(file, controller.signal.aborted ? { kind: 'timeout', seconds: Math.ceil(timeoutMs / 1000) } : { kind: 'network' });
  } finally {
    clearTimeout(timer);
  }
}
