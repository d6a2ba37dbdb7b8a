/**
 * The full map's service worker (issue #16), in the built app: a second visit opens offline with
 * the map and the data, and a new data version is picked up, announced, and shown on request.
 * The site is served from a folder that is a link to one build, then to another, as a deploy
 * would swap them, on one origin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../scripts/bench/build.ts';
import { GEO_DIR, dataVersion } from '../../scripts/lib/geo-files.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { shownSites } from './data.ts';
import { launch, mapReady, openPage } from './harness.ts';

const work = mkdtempSync(join(tmpdir(), 'offline-test-'));
const site = join(work, 'site');
const renamed = shownSites.find((s) => s.layer === 'kwanliso')!;
const NEW_NAME = `${renamed.name} (renamed in the next data version)`;
let newVersion = '';
let browser: Browser;
let server: StaticServer;

/** Points the served folder at a build, as a deploy would. */
function deploy(dir: string): void {
  rmSync(site, { force: true });
  symlinkSync(resolve(dir), site);
}

beforeAll(async () => {
  // The next data version: the same sites, one of them renamed.
  const geo = join(work, 'geo');
  cpSync(GEO_DIR, geo, { recursive: true });
  const file = join(geo, 'kwanliso.geojson');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`"name": "${renamed.name}"`, `"name": "${NEW_NAME}"`));
  newVersion = dataVersion(geo);
  // The worker keeps no page per site (scripts/lib/sw-plugin.ts): this build needs none.
  await buildApp(geo, join(work, 'next'), false, 'test');
  deploy('dist-test');
  server = await serveStatic({ '/map/': site });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Waits until the service worker has kept everything and controls the page. */
async function keptOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready' && navigator.serviceWorker.controller !== null, undefined, { timeout: 45_000 });
}

const versionLine = (page: Page) => page.locator('.data-version').textContent();

it('opens offline on a second visit, with the map, the list and the data version it shows', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}map/`, { serviceWorker: true });
  await mapReady(page);
  await keptOffline(page);
  expect(await versionLine(page)).toContain(dataVersion());

  await context.setOffline(true);
  await page.reload();
  await mapReady(page);
  await expect.poll(() => page.locator('.site-list li').count()).toBe(shownSites.length);
  const drawn = await page.evaluate(() => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.querySourceFeatures('camps').length);
  expect(drawn).toBeGreaterThan(0);
  expect(await versionLine(page)).toContain(dataVersion());
  expect(errors).toEqual([]);
});

it('says when a newer data version is ready, and shows it when asked', async () => {
  const { page } = await openPage(browser, `${server.url}map/`, { serviceWorker: true });
  await mapReady(page);
  await keptOffline(page);

  deploy(join(work, 'next'));
  // The next visit still opens at once from the device, with the data it had, and says so...
  await page.reload();
  await mapReady(page);
  expect(await versionLine(page)).toContain(dataVersion());
  await expect.poll(() => page.locator('.site-list').textContent()).toContain(renamed.name);
  // ...while the newer version installs in the background and is announced by its version.
  await expect.poll(() => versionLine(page), { timeout: 45_000 }).toContain(newVersion);

  await page.getByRole('button', { name: 'Show the newer data' }).click();
  await page.waitForURL(/./, { waitUntil: 'load' });
  await mapReady(page);
  await expect.poll(() => page.locator('.site-list').textContent(), { timeout: 20_000 }).toContain(NEW_NAME);
  expect(await versionLine(page)).toContain(newVersion);
  expect(await versionLine(page)).not.toContain(dataVersion());
}, 120_000);
