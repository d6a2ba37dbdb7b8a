/** Loading the camps file: every way a download fails becomes a LoadError the reader can retry. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishLayer } from '../../../scripts/lib/publish.ts';
import { LOAD_TIMEOUT_MS, LoadError, loadSites, type LoadFailure } from '../../../src/data/load.ts';

// As the site serves it: with its table of dates.
const VALID = publishLayer(JSON.parse(readFileSync('tests/fixtures/valid/county-precision.geojson', 'utf8')));
const URL_ = 'https://example.org/map/data/camps.geojson';

const answer = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

async function failure(promise: Promise<unknown>): Promise<LoadFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  expect((error as LoadError).file).toBe('camps.geojson');
  return (error as LoadError).failure;
}

describe('loadSites', () => {
  it('returns the valid sites', async () => {
    const { sites, problems } = await loadSites([URL_], { fetch: answer(VALID) });
    expect(sites.map((s) => s.id)).toEqual(['county-level']);
    expect(problems).toEqual([]);
  });

  it('reports an HTTP error with its status', async () => {
    expect(await failure(loadSites([URL_], { fetch: answer('Not found', 404) }))).toEqual({ kind: 'http', status: 404 });
  });

  it('reports a network failure', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await failure(loadSites([URL_], { fetch: offline }))).toEqual({ kind: 'network' });
  });

  it('reports a download cut short as damaged, not as a data problem', async () => {
    expect(await failure(loadSites([URL_], { fetch: answer(VALID.slice(0, VALID.length / 2)) }))).toMatchObject({ kind: 'damaged' });
  });

  it('gives up on a server that never answers, aborting the request', async () => {
    let signal: AbortSignal | undefined;
    const silent: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const started = Date.now();
    expect(await failure(loadSites([URL_], { fetch: silent, timeoutMs: 30 }))).toEqual({ kind: 'timeout', seconds: 1 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(signal?.aborted).toBe(true);
  });

  it('gives up on a body that stalls half-way', async () => {
    const stalled: typeof fetch = async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(VALID.slice(0, 100)));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body);
    };
    expect(await failure(loadSites([URL_], { fetch: stalled, timeoutMs: 30 }))).toMatchObject({ kind: 'timeout' });
  });

  it('waits 15 seconds by default', () => {
    expect(LOAD_TIMEOUT_MS).toBe(15_000);
  });

  it('does not leave the timer running after a fast answer', async () => {
    let aborted = false;
    const quick: typeof fetch = async (_url, init) => {
      init?.signal?.addEventListener('abort', () => (aborted = true));
      return new Response(VALID);
    };
    await loadSites([URL_], { fetch: quick, timeoutMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(aborted).toBe(false);
  });
});
