/** Opens the app in real headless Chromium and records what a reviewer would want to know. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export const appUrl = (): string => inject('appUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface Session {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openPage(browser: Browser, path = '', options: { width?: number; height?: number; locale?: string } = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-GB',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, appUrl()).href);
  return { page, requests, errors };
}

/** Waits until the map has drawn the camp layer and stopped moving. */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { campMap?: import('maplibre-gl').Map }).campMap;
    return Boolean(map?.loaded() && map.isStyleLoaded() && !map.isMoving() && map.getLayer('camps') && map.querySourceFeatures('camps').length > 0);
  }, undefined, { timeout: 45_000 });
}

/** The ids of the camp features the map has drawn on screen. */
export function renderedSiteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { campMap: import('maplibre-gl').Map }).campMap;
    return [...new Set(map.queryRenderedFeatures({ layers: ['camps'] }).map((f) => String(f.properties.id)))];
  });
}

/** Requests that left the page's own origin. */
export function foreignRequests(requests: readonly string[]): string[] {
  const origin = new URL(appUrl()).origin;
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
