/**
 * Hostile data stays text. The real built app loads tests/fixtures/hostile (script and markup
 * in every text field, text at the length limit, right-to-left scripts, and links the schema
 * must refuse) through the test build's `?data=`, and nothing in it may run or become an element.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACILITY_TYPES, MINISTRIES } from '../../src/data/vocabulary.ts';
import { launch, mapReady, openPage } from './harness.ts';

interface Source { url: string; title: string; publisher: string; note?: string }
interface Properties {
  id: string;
  name: string;
  name_ko: string;
  aliases?: string[];
  county: string;
  county_ko?: string;
  location_source: string;
  ministry_note?: string;
  sources: Source[];
  established?: { note?: string };
  history?: { event: string }[];
  disputes?: { note: string; points?: { label: string }[] }[];
  external_ids?: { hrnk?: string; nkdb?: string };
}
const features = (JSON.parse(readFileSync('tests/fixtures/hostile/camps.geojson', 'utf8')) as { features: { geometry: { coordinates: [number, number] }; properties: Properties }[] }).features;
const shown = features.filter((f) => f.properties.id.startsWith('hostile-'));
const FIXTURE = './?data=fixtures/hostile/camps.geojson';

/** Every text a site's popup shows from its data, in English. */
function popupTexts(p: Properties): string[] {
  return [
    p.name,
    p.name_ko,
    ...(p.aliases ?? []),
    p.county,
    p.location_source,
    ...(p.ministry_note ? [p.ministry_note] : []),
    ...(p.history ?? []).map((h) => h.event),
    ...(p.disputes ?? []).flatMap((d) => [d.note, ...(d.points ?? []).map((point) => point.label)]),
    ...p.sources.flatMap((s) => [s.title, s.publisher, ...(s.note ? [s.note] : [])]),
    ...[p.external_ids?.hrnk, p.external_ids?.nkdb].filter((id): id is string => Boolean(id)),
  ];
}

/** What a page holds that data could have smuggled in. */
function inventory(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      img: document.querySelectorAll('img').length,
      iframe: document.querySelectorAll('iframe, object, embed, frame').length,
      style: document.querySelectorAll('style').length,
      // The page's JSON-LD block is data the build wrote (scripts/lib/seo-plugin.ts), never run.
      scripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].map((s) => s.getAttribute('src')),
      svgs: [...document.querySelectorAll('svg')].map((s) => `${s.getAttribute('class')} in ${s.closest('.site-list') ? 'list' : s.closest('.filters, .map-legend') ? 'legend' : 'elsewhere'}`),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}[${a.name}]`)),
      hrefs: [...document.querySelectorAll('[href]')].filter((e) => e.tagName !== 'LINK').map((e) => e.getAttribute('href') ?? ''),
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile data', () => {
  it('shows every payload as literal text in the list and every popup, and runs none of it', async () => {
    const { page, errors } = await openPage(browser, FIXTURE);
    await mapReady(page);
    const list = page.locator('.site-list');
    await expect.poll(() => list.getByRole('button').count()).toBe(shown.length);
    expect((await list.locator('.site-name').allTextContents()).sort()).toEqual(shown.map((f) => f.properties.name).sort());

    const popup = page.locator('.maplibregl-popup');
    for (const { properties } of shown) {
      await list.locator(`button[data-id="${properties.id}"]`).click();
      await expect.poll(() => popup.locator('h2').textContent()).toBe(properties.name);
      const text = (await popup.textContent()) ?? '';
      for (const expected of popupTexts(properties)) expect(text, `${properties.id} shows ${expected.slice(0, 40)}`).toContain(expected);
      expect(await popup.locator('img, script, svg, iframe, object, embed, style, b, i, a[href^="javascript"]').count()).toBe(0);
      // Text at the length limit, even one unbroken word, wraps inside the popup.
      expect(await popup.locator('.maplibregl-popup-content').evaluate((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
      const hrefs = await popup.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
      if (properties.id === 'hostile-markup') {
        await page.screenshot({ path: 'test-results/hostile-popup.png' });
        // Each source, and the Web Archive's lookup for each: plain links, nothing fetched.
        for (const source of properties.sources) {
          expect(hrefs).toContain(source.url);
          expect(hrefs).toContain(`https://web.archive.org/web/*/${source.url}`);
        }
      }
    }

    mkdirSync('test-results', { recursive: true });
    const found = await inventory(page);
    expect(found.img).toBe(0);
    expect(found.iframe).toBe(0);
    expect(found.style).toBe(0);
    expect(found.handlers).toEqual([]);
    expect(found.scripts).toHaveLength(1); // the app's own module
    expect(found.scripts[0]).toMatch(/^\.\/assets\/main-[\w-]+\.js$/);
    // The only SVGs are the app's marker icons: one per listed site, and the legends' own.
    expect(found.svgs.filter((svg) => svg !== 'marker in legend')).toEqual(shown.map(() => 'marker in list'));
    // In the panel, a marker for each operator and each type, and the faded-marker swatch; on the
    // map, the two ministries' and a swatch or two for what the shown sites need explained.
    expect(await page.locator('.filters svg.marker').count()).toBe(MINISTRIES.length + FACILITY_TYPES.length + 1);
    expect(await page.locator('.map-legend svg.marker').count()).toBeGreaterThanOrEqual(2);
    for (const href of found.hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(errors).toEqual([]);
  });

  it('sets aside the sites citing javascript: and data: links, and the one whose id is markup, naming them in a notice', async () => {
    const { page } = await openPage(browser, FIXTURE);
    const notice = page.locator('#panel .notice[role="status"]');
    await expect.poll(() => notice.locator('li').allTextContents()).toEqual([
      'camps.geojson: bad-javascript-url: first_reported.source is not an http(s) link',
      'camps.geojson: bad-javascript-url: sources[0].url is not an http(s) link',
      'camps.geojson: bad-data-url: sources[1].url is not an http(s) link',
      'camps.geojson: bad-data-url: history[0].sources[0] is not an http(s) link',
      'camps.geojson: <img src=x onerror=alert(1)>: id is not a slug (lowercase letters, digits and single hyphens)',
    ]);
    expect(await notice.locator('p').textContent()).toBe('3 site(s) could not be shown because their data has problems:');
    expect(await page.locator('.site-list button[data-id^="bad-"]').count()).toBe(0);
    // No image at all: the page's own picture of the sites is inline SVG.
    expect(await page.locator('img').count()).toBe(0);
  });

  it('opens a hostile site from a map click and from a link, in Korean too, as text', async () => {
    const target = shown.find((f) => f.properties.id === 'hostile-markup')!;
    const [lon, lat] = target.geometry.coordinates;
    const { page, errors } = await openPage(browser, `${FIXTURE}#map=10/${lat}/${lon}&lang=ko`);
    await mapReady(page);
    const point = await page.evaluate(([x, y]) => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.project([x!, y!]), [lon, lat]);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.locator('h2').textContent()).toBe(target.properties.name_ko);
    expect(await popup.locator('.site-subtitle').textContent()).toBe(target.properties.name);
    expect(await page.locator('.site-list .site-name').allTextContents()).toContain(target.properties.name_ko);
    expect(await page.locator('img, iframe, style').count()).toBe(0);

    const linked = await openPage(browser, `${FIXTURE}#site=hostile-rtl`);
    await mapReady(linked.page);
    const rtl = shown.find((f) => f.properties.id === 'hostile-rtl')!.properties;
    await expect.poll(() => linked.page.locator('.maplibregl-popup h2').textContent()).toBe(rtl.name);
    expect(errors).toEqual([]);
    expect(linked.errors).toEqual([]);
  });

  it('keeps a payload typed into the search box as text', async ({ skip }) => {
    const { page } = await openPage(browser, FIXTURE);
    await page.locator('.site-list').getByRole('button').first().waitFor();
    const search = page.getByRole('searchbox');
    if ((await search.count()) === 0) skip('no search box on this branch yet');
    await search.fill('<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    // The page's own JSON-LD block is data, with no src like any inline script; nothing else may be.
    expect(await page.locator('img, script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
  });
});
