/**
 * The worker behind loadSitesOffThread (off-thread.ts): parses and validates the layer files
 * away from the page's main thread, which the map needs at the same moment.
 */
import type { LayerBytes } from './fetch-layers.ts';
import { LoadError, validateFiles } from './load.ts';
import type { OffThreadReply } from './off-thread.ts';

self.addEventListener('message', (event: MessageEvent<readonly LayerBytes[]>) => {
  let reply: OffThreadReply;
  try {
    reply = { ok: true, validated: validateFiles(event.data) };
  } catch (error) {
    reply = error instanceof LoadError ? { ok: false, file: error.file, failure: error.failure } : { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(JSON.stringify(reply));
});
