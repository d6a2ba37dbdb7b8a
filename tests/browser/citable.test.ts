/**
 * Citable and shareable, in the built site: a site's own page read with and without
 * JavaScript (axe, print, the access date), the popup's link to it, the corrections page, the
 * KML of the filtered sites, and the PNG of the view, wide enough to print whatever the
 * screen, with its legend. No page asks another host for anything.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { kml } from '@tmcw/togeojson';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINISTRY_STYLE } from '../../src/map/theme.ts';
import { correctionsPagePath, sitePagePath } from '../../src/state/pages.ts';
import { allSites, shownSites } from './data.ts';
import { foreignRequests, launch, mapReady, openPage } from './harness.ts';
import { parseXml } from '../xml.ts';

const sungho = allSites.find((site) => site.id === 'sungho-ri')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Serves the static pages' own script empty: the page as a reader without JavaScript gets it, while axe, itself a script, can still run. */
const withoutPageScript = (context: BrowserContext) => context.route(/\/assets\/site-page-[\w-]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));

describe("a site's own page", () => {
  it('reads whole without JavaScript and asks no other host for anything', async () => {
    const { page, requests } = await openPage(browser, `./${sitePagePath(sungho.id, 'en')}`, { javaScript: false });
    expect(await page.locator('h1').textContent()).toBe(sungho.name);
    // Every source, its facts, its history and disputes unfolded, its map, corrections and citation.
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const source of sungho.sources) expect(links).toContain(source.url);
    expect(await page.locator('details:not([open])').count()).toBe(0);
    expect(await page.locator('.site-map img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('.site-corrections .correction').count()).toBeGreaterThan(0);
    expect(await page.locator('.citation-text').textContent()).toContain('(write the date you read it)');
    await page.screenshot({ path: 'test-results/site-page-no-js.png', fullPage: true });
    expect(foreignRequests(requests)).toEqual([]);
  });

  it.each(['en', 'ko'] as const)('passes axe as it reads without its script (%s)', async (lang) => {
    const { page } = await openPage(browser, `./${sitePagePath(sungho.id, lang)}`, { setup: withoutPageScript });
    expect(await page.locator('.citation-text [data-access-date]').textContent()).not.toMatch(/\d/);
    expect(await serious(page)).toEqual([]);
  });

  it('fills in the access date and its own address where JavaScript runs, prints without its controls, in Korean too', async () => {
    const { page, requests, errors } = await openPage(browser, `./${sitePagePath(sungho.id, 'ko')}`);
    expect(await page.locator('h1').textContent()).toBe(sungho.name_ko);
    await expect.poll(() => page.locator('.citation-text [data-access-date]').textContent()).toMatch(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);
    expect(await page.locator('.bibtex [data-access-date]').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const csl = JSON.parse((await page.locator('.csl-json').textContent()) ?? '') as { URL: string; accessed: { 'date-parts': number[][] } }[];
    expect(csl[0]?.URL).toBe(new URL(`/${sitePagePath(sungho.id, 'ko')}`, page.url()).href);
    expect(csl[0]?.accessed['date-parts'][0]).toHaveLength(3);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/site-page-ko.png', fullPage: true });
    // On paper: the record and its citation, without the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-downloads').isVisible()).toBe(false);
    expect(await page.locator('.masthead nav').isVisible()).toBe(false);
    expect(await page.locator('.cite').isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/site-page-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    // The other language, one link away.
    await page.getByRole('navigation').getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(sungho.name);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });

  it('is linked from the popup', async () => {
    const { page } = await openPage(browser, `./#site=${sungho.id}`);
    await mapReady(page);
    const link = page.locator('.maplibregl-popup .site-page-link a');
    await link.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(sungho.name);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${sitePagePath(sungho.id, 'en')}$`));
  });
});

describe('the corrections page', () => {
  it('lists the log without JavaScript and passes axe', async () => {
    const { page, requests } = await openPage(browser, `./${correctionsPagePath('ko')}`, { setup: withoutPageScript });
    expect(await page.locator('.correction').count()).toBeGreaterThan(0);
    expect(await serious(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });
});

describe('downloads of the view', () => {
  it('saves the filtered sites as KML that reads back to them', async () => {
    const { page } = await openPage(browser, './#ministry=MSoS');
    await mapReady(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /KML/ }).click()]);
    const document = parseXml(readFileSync((await file.path())!, 'utf8'));
    expect(kml(document).features.map((f) => f.properties?.id).sort()).toEqual(shownSites.filter((s) => s.ministry === 'MSoS').map((s) => s.id).sort());
  });

  it('saves the view as a PNG at least 1,200 px wide even on a phone, with its legend', async () => {
    const width = 390;
    const { page, requests, errors } = await openPage(browser, './', { width, height: 800 });
    await mapReady(page);
    await page.getByRole('button', { name: 'Sites and filters' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
    const png = readFileSync((await file.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [imageWidth, imageHeight] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(imageWidth).toBeGreaterThanOrEqual(1200);
    // The legend sits below the map: the ministries' colours are in the image's last rows.
    const colours = await page.evaluate(
      async ({ bytes, rows }) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, bitmap.height - rows, bitmap.width, rows);
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 4) seen.add(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`.toUpperCase());
        return [...seen];
      },
      { bytes: [...png], rows: Math.round(imageHeight * 0.3) },
    );
    for (const ministry of new Set(shownSites.map((site) => site.ministry))) expect(colours, ministry).toContain(MINISTRY_STYLE[ministry].colour.toUpperCase());
    mkdirSync('test-results', { recursive: true });
    await file.saveAs(`test-results/export-${width}.png`);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
