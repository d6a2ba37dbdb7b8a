/**
 * The layers: each shown or hidden from the legend and from the hash, in the full map and the
 * embed, and the political prison camps and prisons never hidden in a cluster.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, LAYERS } from '../../src/data/vocabulary.ts';
import { allSites, shownSites } from './data.ts';
import { frameMapReady, siteIdsIn } from './embed-helpers.ts';
import { launch, mapReady, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ALL = `layers=${LAYERS.join(',')}`;
const listed = (page: Page) => page.locator('.site-list [data-id]').count();
const inLayers = (layers: readonly string[]) => allSites.filter((site) => layers.includes(site.layer));
const camps = allSites.filter((site) => site.layer === 'kwanliso' || site.layer === 'kyohwaso');

/** Sites drawn as markers of their own in the map's sources (not folded into a cluster), on screen or off. */
const unclustered = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { campMap: import('maplibre-gl').Map }).campMap;
    return ['camps', 'camps-dense'].flatMap((source) => map.querySourceFeatures(source).filter((f) => !f.properties.cluster).map((f) => String(f.properties.id)));
  });
/** Markers of sites the reader can see now: drawn, inside the view. */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { campMap: import('maplibre-gl').Map }).campMap;
    return [...new Set(map.queryRenderedFeatures({ layers: ['camps', 'camps-dense'] }).map((f) => String(f.properties.id)))];
  });

describe('layers', () => {
  it('shows every layer but the detention centres without layers=, and each legend toggle changes the list and the map', async () => {
    const { page } = await openPage(browser);
    await mapReady(page);
    expect(await listed(page)).toBe(shownSites.length);
    const group = page.getByRole('group', { name: 'Layers' });
    for (const layer of LAYERS) {
      const before = await listed(page);
      const button = group.locator(`[data-layer="${layer}"]`);
      const wasOn = (await button.getAttribute('aria-pressed')) === 'true';
      await button.click();
      const change = inLayers([layer]).length * (wasOn ? -1 : 1);
      await expect.poll(() => listed(page)).toBe(before + change);
      await expect.poll(() => siteIdsIn(page).then((ids) => ids.length)).toBe(before + change);
      await button.click();
      await expect.poll(() => listed(page)).toBe(before);
    }
    expect(await page.evaluate(() => location.hash)).not.toContain('layers=');
  });

  it('reads layers= from the hash, and writes the reader\'s choice back', async () => {
    const { page } = await openPage(browser, './#layers=detention-centres');
    await mapReady(page);
    expect(await listed(page)).toBe(inLayers(['detention-centres']).length);
    await page.getByRole('group', { name: 'Layers' }).locator('[data-layer="kwanliso"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('layers=kwanliso,detention-centres');
    expect(await listed(page)).toBe(inLayers(['kwanliso', 'detention-centres']).length);
  });

  it('always shows a site named by site=, whatever the layers', async () => {
    const detention = inLayers(['detention-centres'])[0]!;
    const { page } = await openPage(browser, `./#site=${detention.id}`);
    await mapReady(page);
    await expect.poll(() => page.locator('.maplibregl-popup h2').textContent()).toBe(detention.name);
    expect(await page.locator(`.site-list [data-id="${detention.id}"]`).count()).toBe(1);
  });

  it('shows the same sites in the embed for the same hash', async () => {
    const { page } = await openPage(browser, `./embed.html#layers=kyohwaso,detention-centres`);
    await frameMapReady(page);
    expect(await siteIdsIn(page)).toEqual(inLayers(['kyohwaso', 'detention-centres']).map((site) => site.id).sort());
    const defaults = await openPage(browser, './embed.html');
    await frameMapReady(defaults.page);
    expect(await siteIdsIn(defaults.page)).toEqual(inLayers(DEFAULT_LAYERS).map((site) => site.id).sort());
  });

  it.each([
    ['', 1280, 800],
    ['', 375, 740],
    ['embed.html', 680, 500],
    ['embed.html', 343, 398],
  ])('keeps every political prison camp and prison out of clusters, and every political prison camp on screen, in ./%s at %ix%i with all layers on', async (file, width, height) => {
    const { page } = await openPage(browser, `./${file}#${ALL}`, { width, height });
    await mapReady(page);
    const single = await unclustered(page);
    for (const camp of camps) expect(single, camp.id).toContain(camp.id);
    const visible = await onScreen(page);
    for (const camp of camps.filter((site) => site.layer === 'kwanliso')) expect(visible, camp.id).toContain(camp.id);
    await page.screenshot({ path: `test-results/all-layers-${file || 'page'}-${width}.png` });
  });
});
