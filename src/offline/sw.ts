/**
 * The full map's service worker (issue #16): keeps a copy of the site's own files (the page, its
 * code, the basemap, the glyphs, the marker sprite and the data) so a second visit opens from
 * the device and works offline. A new build installs beside the old one, in the background; the
 * page then says that newer data is ready (src/offline/register.ts) and switches only when the
 * reader asks, so data is never replaced silently. Built into `sw.js` by scripts/lib/sw-plugin.ts.
 */
import { REVISION_HEADER, cacheName, fromEmbed, keptPath, type OfflineManifest } from './precache.ts';
import type { WorkerMessage } from './protocol.ts';

declare const __OFFLINE_MANIFEST__: OfflineManifest;

/** The parts of a service worker's global scope used here (the DOM library has no types for it). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  clientId: string;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventWithPorts extends ExtendableEvent {
  data: WorkerMessage;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void>; get(id: string): Promise<{ url: string } | undefined> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventWithPorts) => void): void;
}

const scope = self as unknown as WorkerScope;
const manifest = __OFFLINE_MANIFEST__;
const CACHE = cacheName(manifest);
const kept = new Set(manifest.files.map(([path]) => path));
const url = (path: string) => new URL(path, scope.registration.scope).href;

/** A file from an earlier build's cache if it has not changed since, else from the network. */
async function keep(cache: Cache, [path, revision]: OfflineManifest['files'][number]): Promise<void> {
  const earlier = await caches.match(url(path));
  if (earlier?.headers.get(REVISION_HEADER) === revision) return cache.put(url(path), earlier);
  // `no-cache`: the HTTP cache may hold the previous build's copy under the same name.
  const response = await fetch(url(path), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`invalid response for ${path}: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  await cache.put(url(path), new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers }));
}

scope.addEventListener('install', (event) => {
  // All or nothing: a half-kept build would fail offline; a failed install leaves the last one in place.
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(manifest.files.map((file) => keep(cache, file)))));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('nk-camp-map-') && name !== CACHE) await caches.delete(name);
      // A first visit's page is served by the worker from now on, so what it fetches later is kept too.
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const path = keptPath(request.url, scope.registration.scope, request.mode === 'navigate', kept);
  if (path === undefined) return;
  event.respondWith(
    (async () => {
      if (event.clientId && fromEmbed((await scope.clients.get(event.clientId))?.url)) return fetch(request);
      return (await caches.open(CACHE).then((cache) => cache.match(url(path)))) ?? fetch(request);
    })(),
  );
});

scope.addEventListener('message', (event) => {
  if (event.data.type === 'version') event.ports[0]?.postMessage({ dataVersion: manifest.dataVersion, dataDate: manifest.dataDate });
  if (event.data.type === 'activate') event.waitUntil(scope.skipWaiting());
});
