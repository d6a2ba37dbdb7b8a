/**
 * When a download fails, the reader is told what and why, and can retry; when the basemap
 * fails, the camps still draw. Each failure is made by intercepting the request.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownSites } from './data.ts';
import { launch, mapReady, openPage, renderedSiteIds } from './harness.ts';

const ids = shownSites.map((site) => site.id).sort();
const text = readFileSync('geo/kyohwaso.geojson', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Fails the first request for one layer file in the given way, then lets the rest through. */
function failFirst(fail: (route: Route) => Promise<void>) {
  return async (context: BrowserContext) => {
    let failed = false;
    await context.route('**/data/kyohwaso.geojson', async (route) => {
      if (failed) return route.continue();
      failed = true;
      await fail(route);
    });
  };
}

describe('a layer file fails to load', () => {
  it.each([
    ['answers 404', failFirst((route) => route.fulfill({ status: 404, body: 'Not found' })), 'The server answered with an error (HTTP 404).'],
    ['is cut off by the network', failFirst((route) => route.abort('connectionreset')), 'The connection failed.'],
    [
      'arrives truncated',
      failFirst((route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: text.slice(0, text.length / 2) })),
      'The file arrived incomplete or damaged.',
    ],
  ])('%s: the reader sees what failed, and Retry loads the sites', async (_, setup, reason) => {
    const { page, errors } = await openPage(browser, '', { setup });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.locator('p').allTextContents()).toEqual(['Could not load kyohwaso.geojson.', reason]);
    expect(await page.locator('#panel').textContent()).not.toContain('Loading the sites');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.locator('.site-list').getByRole('button').count()).toBe(ids.length);
    expect(await alert.count()).toBe(0);
    await mapReady(page);
    // Symbol placement can take a few more frames after the map reports it has loaded.
    await expect.poll(async () => (await renderedSiteIds(page)).sort()).toEqual(ids);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});

describe('the panel\'s code fails to load', () => {
  it('says so with a way to reload, and the reload brings the list and the sites on the map', async () => {
    const setup = (context: BrowserContext) => context.route(/\/assets\/panel-[^/]+\.js$/, (route) => route.abort('connectionreset'));
    const { page, context, errors } = await openPage(browser, '', { setup });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.locator('p').textContent()).toBe('The list of sites and its controls could not be loaded.');
    expect(await alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    expect(await page.locator('#panel').textContent()).not.toContain('Loading the sites');
    await context.unrouteAll();
    await alert.getByRole('button', { name: 'Reload the page' }).click();
    await expect.poll(() => page.locator('.site-list').getByRole('button').count()).toBe(ids.length);
    await mapReady(page);
    await expect.poll(async () => (await renderedSiteIds(page)).sort()).toEqual(ids);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});

describe('the basemap fails to load', () => {
  it('draws every camp on a plain background, and says politely why the map looks bare', async () => {
    const setup = (context: BrowserContext) => context.route('**/basemap/*.geojson', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const { page, errors } = await openPage(browser, '', { setup });
    await mapReady(page);
    await expect.poll(async () => (await renderedSiteIds(page)).sort()).toEqual(ids);
    const notice = page.locator('#map [role="status"]');
    await expect.poll(() => notice.textContent()).toBe('The background map could not be loaded; the sites are shown on a plain background.');
    expect(await notice.count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: 'test-results/basemap-failed.png' });
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('draws every camp when the glyph files fail: MapLibre draws the labels with a local font instead, so no notice is needed', async () => {
    const setup = (context: BrowserContext) => context.route('**/fonts/**/*.pbf', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const { page, errors } = await openPage(browser, '', { setup });
    await mapReady(page);
    await expect.poll(async () => (await renderedSiteIds(page)).sort()).toEqual(ids);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
