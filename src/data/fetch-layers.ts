/**
 * Downloads the layer files as bytes: the part of loading that stays on the page, apart from the
 * validator. Bytes, not text: the page's worker decodes them, and they move to it without a copy.
 */
import { LoadError } from './load-error.ts';

/** How long the reader waits for the camps file before being offered a retry. */
export const LOAD_TIMEOUT_MS = 15_000;

export interface LoadOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** One layer file as downloaded: its name (for messages and its layer) and its UTF-8 bytes. */
export interface LayerBytes {
  file: string;
  bytes: ArrayBuffer;
}

/**
 * Every file at once; throws a `LoadError` for the first that cannot be read whole: an HTTP
 * error, a network failure, or no answer within `timeoutMs`.
 * @example await fetchLayers(['./data/kwanliso.geojson']) // [{file: 'kwanliso.geojson', bytes: ArrayBuffer}]
 */
export function fetchLayers(urls: readonly string[], { timeoutMs = LOAD_TIMEOUT_MS, fetch = globalThis.fetch }: LoadOptions = {}): Promise<LayerBytes[]> {
  return Promise.all(
    urls.map(async (url) => {
      const file = url.split(/[?#]/)[0]?.split('/').pop() || url;
      return { file, bytes: await fetchBytes(url, file, timeoutMs, fetch) };
    }),
  );
}

async function fetchBytes(url: string, file: string, timeoutMs: number, get: typeof fetch): Promise<ArrayBuffer> {
  const controller = new AbortController();
  // The same signal aborts a response whose body stalls half-way, not only a silent server.
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await get(url, { signal: controller.signal });
    if (!response.ok) throw new LoadError(file, { kind: 'http', status: response.status });
    return await response.arrayBuffer();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(file, controller.signal.aborted ? { kind: 'timeout', seconds: Math.ceil(timeoutMs / 1000) } : { kind: 'network' });
  } finally {
    clearTimeout(timer);
  }
}
