import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdtf } from '../../src/data/edtf.ts';
import { validateSites } from '../../src/data/validate.ts';
import { allSites, shownSites } from './data.ts';
import { launch, mapReady, openPage, renderedSiteIds } from './harness.ts';

const msos = shownSites.filter((site) => site.ministry === 'MSoS').map((site) => site.id).sort();
/** What is left with the State Security ministry and the unknown operators switched off. */
const neitherMssNorUnknown = shownSites.filter((site) => site.ministry !== 'MSS' && site.ministry !== 'unknown').map((site) => site.id).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const listedIds = (page: Page) => page.locator('.site-list [data-id]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.id ?? '').sort());
const count = (page: Page) => page.locator('.site-count').textContent();

describe('exploring the sites', () => {
  it('filters map and list identically by ministry, with a count, and clears in one click', async () => {
    const { page } = await openPage(browser);
    await mapReady(page);
    const group = page.getByRole('group', { name: 'Ministry' });
    await group.getByRole('button', { name: /State Security/ }).click();
    await group.getByRole('button', { name: /Operator unknown/ }).click();
    await expect.poll(() => listedIds(page)).toEqual(neitherMssNorUnknown);
    await mapReady(page);
    await expect.poll(async () => (await renderedSiteIds(page)).sort()).toEqual(neitherMssNorUnknown);
    expect(await count(page)).toBe(`${neitherMssNorUnknown.length} of ${allSites.length} sites`);
    expect(await page.evaluate(() => location.hash)).toContain('ministry=MSoS,KPA,PC,WPK');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => listedIds(page)).toHaveLength(shownSites.length);
  });

  it('search finds a site by any of its names; Enter flies to the first match and opens it', async () => {
    // One page for every query, as a reader searching one name after another.
    const { page } = await openPage(browser);
    await mapReady(page);
    const box = page.getByRole('searchbox', { name: 'Search sites' });
    for (const [query, expected] of [
      ['sungho', /S[uŭ]ngho-ri/],
      ['Sŭngho', /S[uŭ]ngho-ri/],
      ['승호리', /S[uŭ]ngho-ri/],
      ['yodok', /Yodok/],
      ['Yoduk', /Yodok/],
    ] as const) {
      await box.fill(query);
      await expect.poll(async () => {
        const names = await page.locator('.site-list .site-name').allTextContents();
        return names.some((name) => expected.test(name));
      }, { message: query }).toBe(true);
      await box.press('Enter');
      // The first match opens: its name or one of its aliases is what was searched for.
      await expect.poll(() => page.locator('.maplibregl-popup').textContent(), { message: query }).toMatch(expected);
      expect(await page.evaluate(() => location.hash)).toMatch(/site=[a-z0-9-]+/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.maplibregl-popup').count(), { message: query }).toBe(0);
    }
  });

  it('can be used from the keyboard alone: from page load to an open popup and back', async () => {
    const { page } = await openPage(browser);
    await mapReady(page);
    let focused = '';
    for (let i = 0; i < 10 && !focused.startsWith('site-entry'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('site-entry');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.maplibregl-popup') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(`site-title-${id}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(id);
  });

  it('shows the sites known by a year: Sungho-ri appears in 2020 and is converted after mid-2022', async () => {
    const { page } = await openPage(browser, './#year=2019');
    await mapReady(page);
    const sungho = page.locator('.site-list [data-id="sungho-ri"]');
    expect(await sungho.count()).toBe(0);
    const slider = page.getByRole('slider', { name: /Year/ });
    await slider.fill('2021');
    await expect.poll(() => sungho.locator('.site-meta').textContent()).toMatch(/Political prison camp.*Operating/);
    await slider.fill('2023');
    await expect.poll(() => sungho.locator('.site-meta').textContent()).toMatch(/Labour training camp.*Converted/);
    expect(await page.evaluate(() => location.hash)).toContain('year=2023');
    expect(await page.locator('.year-value').textContent()).toBe('Publicly reported by 2023');
    // The legend on the map says which timeline it follows, so a screenshot says it too.
    expect(await page.locator('.map-legend .legend-time').textContent()).toBe('Publicly reported by 2023');
  });

  it('switches to the sites operating in a year, written to the hash as operating=', async () => {
    const { page } = await openPage(browser, './#year=1990');
    await mapReady(page);
    const known = await listedIds(page);
    await page.getByRole('radio', { name: 'Operating in' }).check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('operating=1990');
    expect(await page.evaluate(() => location.hash)).not.toContain('year=');
    await expect.poll(() => listedIds(page)).not.toEqual(known);
    expect(await listedIds(page)).toContain('kwanliso-15-yodok');
    expect(await page.locator('.year-value').textContent()).toBe('Operating in 1990');
    await expect.poll(() => page.locator('.map-legend .legend-time').textContent()).toBe('Operating in 1990');
    await mapReady(page);
    expect((await renderedSiteIds(page)).sort()).toEqual(await listedIds(page));
  });

  it('restores exactly the shared view after a reload', async () => {
    const hash = '#map=8/39.2/126.4&site=sungho-ri&ministry=MSoS&year=2021&q=sungho';
    const { page } = await openPage(browser, `./${hash}`);
    await mapReady(page);
    await page.reload();
    await mapReady(page);
    expect(await listedIds(page)).toEqual(['sungho-ri']);
    expect(await page.getByRole('searchbox').inputValue()).toBe('sungho');
    expect(await page.locator('.maplibregl-popup h2').textContent()).toMatch(/S[uŭ]ngho-ri/);
    const view = await page.evaluate(() => location.hash.match(/map=([^&]+)/)?.[1]);
    expect(view).toBe('8/39.2/126.4');
  });

  it('speaks Korean with lang=ko, and switches back to English', async () => {
    const { page } = await openPage(browser, './#lang=ko');
    await mapReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await page.locator('h1').textContent()).toBe('북한 수용소 지도');
    expect(await count(page)).toBe(`전체 ${allSites.length}곳 중 ${shownSites.length}곳`);
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('North Korea Prison Camp Map');
    expect(await page.evaluate(() => location.hash)).toContain('lang=en');
  });

  it('downloads the visible sites as valid GeoJSON and as CSV with one row per site', async () => {
    const { page } = await openPage(browser, './#ministry=MSoS');
    await mapReady(page);
    const download = async (name: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const geojson = JSON.parse(await download(/GeoJSON/));
    const { sites, problems } = validateSites(geojson, 'download.geojson', { readDate: readEdtf });
    expect(problems).toEqual([]);
    expect(sites.map((s) => s.id).sort()).toEqual(msos);
    const csv = Papa.parse<Record<string, string>>(await download(/CSV/), { header: true, skipEmptyLines: true });
    expect(csv.data.map((row) => row.id).sort()).toEqual(msos);
    expect(csv.data[0]?.sources).toMatch(/https?:\/\//);
    await page.getByText('Cite this map').click();
    expect(await page.locator('.citation-text').textContent()).toMatch(/data version [0-9a-f]{8} of \d{4}-\d{2}-\d{2}, with the \d+ corrections logged up to “[a-z0-9-]+”\. http/);
  });
});

describe('accessibility (axe-core)', () => {
  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it.each([
    ['the default view', './', 1280],
    ['a popup open', './#site=sungho-ri', 1280],
    ['Korean', './#lang=ko&site=kwanliso-15-yodok', 1280],
    ['375 px wide', './', 375],
  ])('reports no serious or critical violations with %s', async (_, path, width) => {
    const { page } = await openPage(browser, path, { width, height: 740 });
    await mapReady(page);
    if (width < 640) await page.getByRole('button', { name: 'Sites and filters' }).click();
    expect(await serious(page)).toEqual([]);
  });

  it('keeps the map visible at 375 px with the panel open', async () => {
    const { page } = await openPage(browser, './', { width: 375, height: 740 });
    await mapReady(page);
    await page.getByRole('button', { name: 'Sites and filters' }).click();
    const map = (await page.locator('#map').boundingBox())!;
    expect(map.height).toBeGreaterThan(200);
    expect(await page.locator('.site-list [data-id]').count()).toBe(shownSites.length);
  });
});
