/**
 * The full map's side of its service worker (sw.ts): registers it once the map is up, says which
 * data version the page shows and whether it is kept for offline use, and, when a newer build has
 * installed in the background, says which data version is ready and switches on the reader's word.
 * Never used by the embed, which keeps nothing on the reader's device.
 */
import type { DataVersion } from '../data/version.ts';
import type { Strings } from '../i18n/strings.ts';
import { el } from '../ui/dom.ts';
import type { WorkerMessage, WorkerVersion } from './protocol.ts';

declare const __DATA_VERSION__: DataVersion;

/** Built by scripts/lib/sw-plugin.ts beside index.html, so its scope is the site's folder. */
export const WORKER_PATH = 'sw.js';

export interface OfflineStatus {
  /** Says it all again in another language. */
  setStrings(t: Strings): void;
  /** Registers the worker; its copy of the site installs in the background. */
  register(): void;
}

function ask(worker: ServiceWorker, message: WorkerMessage): Promise<WorkerVersion> {
  const channel = new MessageChannel();
  const answer = new Promise<WorkerVersion>((resolve) => (channel.port1.onmessage = ({ data }: MessageEvent<WorkerVersion>) => resolve(data)));
  worker.postMessage(message, [channel.port2]);
  return answer;
}

/**
 * Keeps `line` (a status line on the page) telling the reader which data they see, from now on;
 * once asked to register `sw.js` under `base`, also whether it is kept for offline use, and sets
 * `data-offline="ready"` on `<html>` when it is.
 * @example startOffline(STRINGS.en, document.querySelector('.data-version'), new URL('./', location.href).href).register()
 */
export function startOffline(t: Strings, line: HTMLElement, base: string): OfflineStatus {
  let strings = t;
  let kept = false;
  let newer: { version: WorkerVersion; waiting: ServiceWorker } | undefined;
  const render = () => {
    const shows = strings.offline.shows(__DATA_VERSION__.hash, __DATA_VERSION__.date);
    if (!newer) return line.replaceChildren(kept ? `${shows} ${strings.offline.kept}` : shows);
    const { version, waiting } = newer;
    const show = el('button', { type: 'button' }, strings.offline.show);
    show.addEventListener('click', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      waiting.postMessage({ type: 'activate' } satisfies WorkerMessage);
    });
    line.replaceChildren(`${shows} `, el('strong', {}, strings.offline.newer(version.dataVersion, version.dataDate)), ' ', show);
  };
  render();

  const offer = async (waiting: ServiceWorker) => {
    const version = await ask(waiting, { type: 'version' });
    // A build with the same data (new code only) takes over on the next visit, unannounced.
    if (version.dataVersion === __DATA_VERSION__.hash) return;
    newer = { version, waiting };
    render();
  };
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) void offer(worker);
    });
  const start = async () => {
    const registration = await navigator.serviceWorker.register(`${base}${WORKER_PATH}`, { scope: base });
    if (registration.waiting && navigator.serviceWorker.controller) void offer(registration.waiting);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
    await navigator.serviceWorker.ready;
    kept = true;
    render();
    document.documentElement.dataset.offline = 'ready';
    // A page left open for days still hears of new data.
    await registration.update();
  };
  return {
    setStrings(next) {
      strings = next;
      render();
    },
    register() {
      if ('serviceWorker' in navigator) start().catch((error: unknown) => console.warn('offline copy unavailable:', error));
    },
  };
}
