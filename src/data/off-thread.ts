/**
 * loadSites with its heavy half in a worker. Checking every site with the schema took a phone's
 * main thread about 600 ms for 276 sites (CPU slowed 4×), just while the map starts; in a
 * worker it blocks nothing. The page downloads the files itself, the worker parses and
 * validates them, and the sites come back as plain data; errors come back as the same
 * LoadError, so the notices and retry work as before. The pages carry no `<link rel=preload>`
 * of the files: on a phone, their megabyte arriving with the page put the first paint off by
 * ~40 ms (median of 20 interleaved loads), and the list waits for the map anyway (src/main.ts).
 */
import { fetchLayers, type LayerBytes } from './fetch-layers.ts';
import { LoadError, type LoadFailure } from './load-error.ts';
import type { Validated } from './validate.ts';

export type OffThreadReply = { ok: true; validated: Validated } | { ok: false; file: string; failure: LoadFailure } | { ok: false; message: string };

/** The load the page started early (src/main.ts), until the panel's first call takes it over. */
let early: { key: string; load: Promise<Validated> } | undefined;

/**
 * Starts loading now, so the panel's first call to loadSitesOffThread finds the sites on their
 * way, or its failure, which the panel reports as it would its own.
 * @example startLoading(layerUrls(base, location.search))
 */
export function startLoading(urls: readonly string[]): void {
  const load = fetchLayers(urls).then(validateInWorker);
  load.catch(() => undefined); // the panel's call reports it
  early = { key: urls.join('\n'), load };
}

/**
 * What loadSites gives, validated in a worker. The validator (zod) is in the worker's code
 * alone, so the page never downloads it twice. The first call joins the load startLoading began;
 * any later one (a retry) downloads afresh.
 * @example await loadSitesOffThread(['./data/kwanliso.geojson']) // {sites: [...], problems: []}
 */
export function loadSitesOffThread(urls: readonly string[]): Promise<Validated> {
  const started = early?.key === urls.join('\n') ? early.load : undefined;
  early = undefined;
  return started ?? fetchLayers(urls).then(validateInWorker);
}

function validateInWorker(files: LayerBytes[]): Promise<Validated> {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Validated>((resolve, reject) => {
    // The reply comes as JSON text: cloning 10,000 sites' objects into the page took its main
    // thread about twice as long as parsing the same sites from text.
    worker.addEventListener('message', ({ data: text }: MessageEvent<string>) => {
      worker.terminate();
      const data = JSON.parse(text) as OffThreadReply;
      if (data.ok) resolve(data.validated);
      else reject('file' in data ? new LoadError(data.file, data.failure) : new Error(data.message));
    });
    // The worker's own code did not arrive (a dropped connection): the panel offers a retry.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('the sites could not be checked: the worker did not start'));
    });
    // The bytes move to the worker rather than being copied: decoding and cloning the files' text
    // took the phone's main thread ~100 ms.
    worker.postMessage(files, files.map(({ bytes }) => bytes));
  });
}
