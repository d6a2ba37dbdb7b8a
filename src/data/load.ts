/** Fetches and validates the camps file in the browser. */
import { parseJson, validateSites, type Validated } from './validate.ts';

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
 * The sites that pass validation, and the problems of those that do not. Throws a
 * `LoadError` when the file cannot be read whole: an HTTP error, a network failure, no
 * answer within `timeoutMs`, or text that is not JSON (e.g. a download cut short).
 * @example await loadSites('./data/camps.geojson') // {sites: [...], problems: []}
 */
export async function loadSites(url: string, { timeoutMs = LOAD_TIMEOUT_MS, fetch = globalThis.fetch }: LoadOptions = {}): Promise<Validated> {
  const file = url.split(/[?#]/)[0]?.split('/').pop() || url;
  const text = await fetchText(url, file, timeoutMs, fetch);
  const parsed = parseJson(text, file);
  if ('problem' in parsed) throw new LoadError(file, { kind: 'damaged', detail: parsed.problem.message });
  return validateSites(parsed.json, file);
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
