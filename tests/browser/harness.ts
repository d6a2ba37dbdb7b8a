/** Opens the app in real headless Chromium and records what a reviewer would want to know. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export const appUrl = (): string => inject('appUrl');

/** @param args extra Chromium flags, e.g. to take WebGL away */
export function launch(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...args] });
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Every URL requested in the context, in order: pages, their workers and any popup. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Content Security Policy violations, from the page's events and the console. */
  violations: string[];
  /** Messages of alert/confirm/prompt dialogs: the app opens none, so any is injected script. */
  dialogs: string[];
  /** Opens another page in the same context, watched the same way. */
  open(path: string): Promise<Page>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  locale?: string;
  /** False to open the page as a reader with JavaScript turned off. */
  javaScript?: boolean;
  /** Runs before the first navigation, e.g. to intercept requests. */
  setup?: (context: BrowserContext) => Promise<unknown>;
  /**
   * Let the full map register its service worker, which fetches the offline copy once the map is
   * up; blocked otherwise, so that no test counts the worker's requests as the page's.
   */
  serviceWorker?: boolean;
}

/**
 * Opens the app in a fresh context. Every test that uses it fails on a CSP violation or a
 * dialog, whatever else it checks, and closes its context when done.
 */
export async function openPage(browser: Browser, path = '', options: OpenOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-GB',
    javaScriptEnabled: options.javaScript ?? true,
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeFunction('__reportCspViolation', (violation: string) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  context.on('page', watch);
  onTestFinished(async () => {
    await context.close();
    expect(violations, 'Content Security Policy violations').toEqual([]);
    expect(dialogs, 'dialogs opened by script').toEqual([]);
  });
  await options.setup?.(context);
  const open = async (target: string) => {
    const page = await context.newPage();
    await page.goto(new URL(target, appUrl()).href);
    return page;
  };
  const page = await open(path);
  return { page, context, requests, errors, violations, dialogs, open };
}

/** Waits until the map has drawn the camp layer, is on screen (src/map/hidden-load.ts) and has stopped moving. */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { campMap?: import('maplibre-gl').Map }).campMap;
    const onScreen = map && getComputedStyle(map.getCanvas()).opacity === '1';
    return Boolean(onScreen && map.loaded() && map.isStyleLoaded() && !map.isMoving() && map.getLayer('camps') && ['camps', 'camps-dense'].some((source) => map.querySourceFeatures(source).length > 0));
  }, undefined, { timeout: 45_000 });
}

/**
 * The ids of the sites the map has drawn on screen: as markers of either site source, or inside
 * a cluster of one (the labour-training and detention layers cluster where they crowd).
 */
export function renderedSiteIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = (window as unknown as { campMap: import('maplibre-gl').Map }).campMap;
    const ids = new Set<string>();
    for (const source of ['camps', 'camps-dense']) {
      for (const f of map.queryRenderedFeatures({ layers: [source] })) ids.add(String(f.properties.id));
      for (const cluster of map.queryRenderedFeatures({ layers: [`${source}-clusters`] })) {
        const leaves = await map.getSource<import('maplibre-gl').GeoJSONSource>(source)!.getClusterLeaves(Number(cluster.properties.cluster_id), Infinity, 0);
        for (const leaf of leaves) ids.add(String(leaf.properties?.id));
      }
    }
    return [...ids];
  });
}

/** Requests that left the page's own origin. */
export function foreignRequests(requests: readonly string[]): string[] {
  const origin = new URL(appUrl()).origin;
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/**
 * How much of a screenshot each colour covers, as `#rrggbb` → share of its pixels, read in a
 * blank page of `browser` (the app's own page would refuse the `data:` image).
 */
export async function colourShares(browser: Browser, png: Buffer): Promise<Record<string, number>> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts: Record<string, number> = {};
      for (let i = 0; i < data.length; i += 4) {
        const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
        counts[hex] = (counts[hex] ?? 0) + 4 / data.length;
      }
      return counts;
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await page.close();
  }
}
