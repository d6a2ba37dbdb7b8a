import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE, openArchive, tileFeatures } from '../fixtures/tiles/archive.ts';
import { launch } from './harness.ts';

let browser: Browser;
let server: StaticServer;
let dir: string;

// Its own small page and server: the server answers byte ranges as object storage does.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tiles-page-'));
  await build({ configFile: false, root: 'tests/browser/tiles', base: './', logLevel: 'error', build: { outDir: dir, emptyOutDir: true, target: 'es2022' } });
  copyFileSync(FIXTURE, join(dir, 'camps.pmtiles'));
  server = await serveStatic({ '/': dir });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('draws every site of the PMTiles fixture, read by range requests from its own origin', async () => {
  const expected = ((await tileFeatures(openArchive(), 0, 0, 0)) ?? []).map((properties) => String(properties.id)).sort();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  server.takeLog();
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const map = (window as unknown as { tilesMap?: import('maplibre-gl').Map }).tilesMap;
    return Boolean(map?.loaded() && !map.isMoving() && map.querySourceFeatures('camps', { sourceLayer: 'camps' }).length > 0);
  }, undefined, { timeout: 45_000 });
  const rendered = await page.evaluate(() => {
    const map = (window as unknown as { tilesMap: import('maplibre-gl').Map }).tilesMap;
    return [...new Set(map.queryRenderedFeatures({ layers: ['camps'] }).map((feature) => String(feature.id)))].sort();
  });
  expect(expected.length).toBeGreaterThan(0);
  expect(rendered).toEqual(expected);
  const archiveReads = server.takeLog().filter((sent) => sent.path === '/camps.pmtiles');
  expect(archiveReads.length).toBeGreaterThan(1);
  expect(archiveReads.every((sent) => sent.status === 206)).toBe(true);
  expect(requests.filter((url) => !url.startsWith(server.url) && !/^(data|blob):/.test(url))).toEqual([]);
  await page.context().close();
});
