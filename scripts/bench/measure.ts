/** One page load in a fresh browser context, and what it cost: times, bytes by kind, heap, panning. */
import type { Browser, Page } from 'playwright-core';
import type { Sent, StaticServer } from '../lib/static-server.ts';
import { LIST_PAGE } from '../../src/ui/site-list.ts';
import { PICTURE_PROBE } from './picture.ts';

export const BYTE_KINDS = ['js', 'css', 'data', 'fonts', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

export interface RunMetrics {
  /** First contentful paint, ms after navigation start. */
  fcp: number;
  /** The `map-ready` mark: every site drawn and the map idle, ms after navigation start; null if it never came. */
  mapReady: number | null;
  /** When the reader first sees every site: the build-time preview or the full list painted, or the map ready, whichever first. */
  firstUseful: number | null;
  /** When the list showed every site, if the page has a list. */
  listPainted: number | null;
  /** When the page's picture of every site painted (picture.ts), if it has one. */
  previewPainted: number | null;
  /** Bytes as sent (gzipped where the server gzips), by kind, and in all. */
  bytes: Record<ByteKind | 'total', number>;
  requests: number;
  /** Each response: path under the server and body bytes as sent. */
  files: { path: string; bytes: number }[];
  /** Requests to any origin but the server's: must stay empty. */
  thirdParty: string[];
  /** Main-thread JS heap in use after a forced GC, bytes. */
  heapUsed: number;
  /** Frames per second and the longest frame while dragging the map, if asked for and the map got ready. */
  pan: { fps: number; worstFrameMs: number } | null;
  /** Uncaught errors and console errors on the page. */
  errors: string[];
}

export interface RunOptions {
  /** Sites in the data, so the probe knows when the list has its first page (all of them, up to LIST_PAGE). */
  sites: number;
  timeoutMs: number;
  pan: boolean;
}

/** What a path costs, by kind: the split of JS, CSS, data, fonts/glyphs and the rest. */
export function byteKind(path: string): ByteKind {
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$|\.pmtiles$/.test(path)) return 'data';
  if (/\.(pbf|woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

/** Adds up a server log by kind. */
export function tally(log: readonly Sent[]): Record<ByteKind | 'total', number> {
  const bytes = { js: 0, css: 0, data: 0, fonts: 0, other: 0, total: 0 };
  for (const { path, bytes: sent } of log) {
    bytes[byteKind(path)] += sent;
    bytes.total += sent;
  }
  return bytes;
}

/**
 * Installed before any page script: notes when the list holds its first page of sites, in the animation
 * frame after it appears (the frame that paints it), and when the picture of the sites painted
 * (picture.ts), without polling from outside. A string, because tsx would wrap named inner
 * functions in a helper the page does not have.
 */
const probe = (expected: number) => `
  window.__bench = { listPainted: null };
${PICTURE_PROBE}
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.site-list li').length < ${expected}) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__bench.listPainted = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
`;

/** Counts animation frames from now on, in `window.__frames`. */
const FRAME_COUNTER = `
  window.__frames = [];
  requestAnimationFrame(function tick(time) {
    window.__frames.push(time);
    if (window.__frames.length < 10000) requestAnimationFrame(tick);
  });
`;

/**
 * Loads `url` in a new context and waits for the page's `map-ready` mark. The server's log,
 * emptied first, gives the bytes: it sees the worker's fetches too, which the page does not.
 */
export async function measure(browser: Browser, server: StaticServer, url: string, options: RunOptions): Promise<RunMetrics> {
  // A first visit's own load: the offline copy the full map then keeps (after the map is ready) is not part of it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: probe(Math.min(options.sites, LIST_PAGE)) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const origin = new URL(server.url).origin;
    const thirdParty: string[] = [];
    context.on('request', (request) => {
      const requested = request.url();
      if (!requested.startsWith(origin) && !/^(data|blob):/.test(requested)) thirdParty.push(requested);
    });
    server.takeLog();
    await page.goto(url);
    // A map that never gets ready is a result too (100,000 sites, today): note it and go on.
    await page
      .waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, { timeout: options.timeoutMs, polling: 100 })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
      });
    const times = await page.evaluate(() => {
      const { __bench: state, __picture: picture } = window as unknown as { __bench: { listPainted: number | null }; __picture: number | null };
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        mapReady: performance.getEntriesByName('map-ready')[0]?.startTime ?? null,
        listPainted: state.listPainted,
        previewPainted: picture,
      };
    });
    const heapUsed = await heap(page);
    const pan = options.pan && times.mapReady !== null ? await panFrames(page) : null;
    const log = server.takeLog();
    return {
      ...times,
      firstUseful: firstOf(times.mapReady, times.listPainted, times.previewPainted),
      bytes: tally(log),
      requests: log.length + thirdParty.length,
      files: log.map(({ path, bytes }) => ({ path, bytes })),
      thirdParty,
      heapUsed,
      pan,
      errors,
    };
  } finally {
    await context.close();
  }
}

function firstOf(...times: (number | null)[]): number | null {
  const seen = times.filter((time) => time !== null);
  return seen.length ? Math.min(...seen) : null;
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Drags the map for a second or two, counting animation frames: is it still usable? */
async function panFrames(page: Page): Promise<{ fps: number; worstFrameMs: number }> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('invalid page: no #map to pan');
  await page.evaluate(FRAME_COUNTER);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Each move waits for the page to take it, so a map at 1 fps would drag for minutes: stop at 2 s.
  const start = Date.now();
  for (let step = 1; step <= 30 && Date.now() - start < 2_000; step++) {
    await page.mouse.move(x - step * 8, y - step * 4);
    await page.waitForTimeout(33);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.splice(0));
  const gaps = frames.slice(1).map((time, i) => time - (frames[i] ?? time));
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  return { fps: span > 0 ? ((frames.length - 1) * 1000) / span : 0, worstFrameMs: Math.max(0, ...gaps) };
}
