/** Helpers for the embed's browser tests: a second origin, recorded contexts, maps inside frames. */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/**
 * The built site served again on another port of 127.0.0.1: another origin, so the demo
 * article (origin A, the global server) embeds the map from origin B as a newsroom would.
 */
export async function secondOrigin(): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir: 'dist-test' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('invalid preview server: no local URL');
  return { url, server };
}

export interface Recorded {
  context: BrowserContext;
  page: Page;
  /** Every URL requested by the page, its frames and any tab it opens. */
  requests: string[];
  errors: string[];
}

/**
 * A fresh context whose requests are recorded; links to other hosts get a stub page, so a
 * source link can open its tab without this machine reaching the network.
 */
export async function recordedContext(browser: Browser, options: { colorScheme?: 'light' | 'dark'; height?: number } = {}): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: options.height ?? 800 }, locale: 'en-GB', colorScheme: options.colorScheme ?? 'light' });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external source</title><p>stub</p>' }),
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, requests, errors };
}

/** Waits until the map in `frame` (the embed exposes it in test mode) has drawn its camps and stopped. */
export async function frameMapReady(frame: Frame | Page): Promise<void> {
  await frame.waitForFunction(
    () => {
      const map = (window as unknown as { campMap?: import('maplibre-gl').Map }).campMap;
      return Boolean(map?.loaded() && map.isStyleLoaded() && !map.isMoving() && map.getLayer('camps') && ['camps', 'camps-dense'].some((source) => map.querySourceFeatures(source).length > 0));
    },
    undefined,
    { timeout: 45_000 },
  );
}

/** The map's zoom inside a frame. */
export function zoomIn(frame: Frame | Page): Promise<number> {
  return frame.evaluate(() => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.getZoom());
}

/** The ids of every site the map was given (not only those on screen). */
export function siteIdsIn(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(async () => {
    const map = (window as unknown as { campMap: import('maplibre-gl').Map }).campMap;
    const ids: string[] = [];
    for (const source of ['camps', 'camps-dense']) {
      const data = (await map.getSource<import('maplibre-gl').GeoJSONSource>(source)?.getData()) as GeoJSON.FeatureCollection | undefined;
      ids.push(...(data?.features ?? []).map((feature) => String(feature.properties?.id)));
    }
    return ids.sort();
  });
}

/**
 * Holds the embed's stylesheet back half a second, as a slow connection might: its first paint
 * waits for it, and so does its script, which then runs just before that paint is on screen.
 */
export async function holdStylesheet(page: Page): Promise<void> {
  await page.route(/\/assets\/embed-[\w-]+\.css$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
}

/** When the page's first paint came and when it asked for MapLibre's code, in ms after navigation. */
export function firstPaintAndMapCode(page: Page): Promise<{ firstPaint: number; mapCode: number }> {
  return page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    mapCode: performance.getEntriesByType('resource').find((entry) => /\/assets\/camp-map-[\w-]+\.js$/.test(entry.name))?.startTime ?? NaN,
  }));
}
