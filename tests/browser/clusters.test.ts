import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DENSE_SITES } from './global-setup.ts';
import { launch, mapReady, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type WithMap = { campMap: import('maplibre-gl').Map };

it('clusters a dense dataset, lists every site, and opens a cluster on click', async () => {
  const { page } = await openPage(browser, './?data=fixtures/dense/camps.geojson');
  await mapReady(page);
  expect(await page.locator('.site-count').textContent()).toBe(`${DENSE_SITES} of ${DENSE_SITES} sites`);
  const clusters = () =>
    page.evaluate(() =>
      (window as unknown as WithMap).campMap
        .queryRenderedFeatures({ layers: ['camps-clusters', 'camps-dense-clusters'] })
        .flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates as [number, number]] : [])),
    );
  await expect.poll(async () => (await clusters()).length).toBeGreaterThan(0);
  const [first] = await clusters();
  const zoomBefore = await page.evaluate(() => (window as unknown as WithMap).campMap.getZoom());
  const point = await page.evaluate((c) => (window as unknown as WithMap).campMap.project(c), first!);
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect.poll(() => page.evaluate(() => (window as unknown as WithMap).campMap.getZoom())).toBeGreaterThan(zoomBefore + 0.5);
});
