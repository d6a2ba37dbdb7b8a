import { mkdirSync } from 'node:fs';
import { LAYERS } from '../../src/data/vocabulary.ts';
import { SEED, shownSites } from './data.ts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markCount } from '../../scripts/lib/preview.ts';
import { ko } from '../../src/i18n/ko.ts';
import { basemapTheme } from '../../src/map/basemap.ts';
import { FIRST_VIEW } from '../../src/map/first-view.ts';
import { colourShares, foreignRequests, launch, mapReady, openPage, renderedSiteIds } from './harness.ts';

const sungho = shownSites.find((site) => site.id === 'sungho-ri')!;
const opacityOf = (canvas: Locator) => canvas.evaluate((element) => getComputedStyle(element).opacity);
const mapMade = (page: Page) => expect.poll(() => page.evaluate(() => 'campMap' in window)).toBe(true);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map page', () => {
  it('draws every site of the default layers, with no console errors and no third-party requests', async () => {
    const { page, requests, errors } = await openPage(browser);
    await mapReady(page);
    expect((await renderedSiteIds(page)).sort()).toEqual(shownSites.map((site) => site.id).sort());
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/default-view.png' });
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(requests.some((url) => url.includes('/fonts/Noto%20Sans%20Regular/'))).toBe(true);
  });

  it('shows every site in a build-time picture and the list while the map code is on its way', async () => {
    // Hold the map's code back, as a slow phone would, to see what the reader has meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const setup = (context: BrowserContext) =>
      context.route(/\/assets\/camp-map-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
    const { page, errors } = await openPage(browser, '', { setup });
    // In the page's own markup, so it paints with the page (scripts/lib/preview-plugin.ts).
    const placeholder = page.locator('#map > svg.map-placeholder');
    expect(await placeholder.isVisible()).toBe(true);
    expect(markCount(await placeholder.evaluate((svg) => new XMLSerializer().serializeToString(svg)))).toBe(shownSites.length);
    expect(await page.evaluate(() => 'campMap' in window), 'the map code was held back').toBe(false);
    // The list does not wait for the map's code past its deadline (src/main.ts).
    await expect.poll(() => page.locator('.site-list li').count()).toBe(shownSites.length);
    expect(await page.evaluate(() => 'campMap' in window), 'the map code was still held back').toBe(false);
    release();
    await mapReady(page);
    await expect.poll(() => placeholder.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('paints the whole picture in its first paint, even when its parser stalls inside it', async () => {
    // The picture cut in two, with a script between the halves that keeps the parser waiting.
    const setup = async (context: BrowserContext) => {
      await context.route(/\/(index\.html)?$/, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/(<svg class="map-placeholder"[^>]*>[\s\S]*?<\/g>)/, '$1</svg><script src="stall.js"></script><svg class="map-placeholder picture-rest" viewBox="0 0 400 430">');
        await route.fulfill({ response, body });
      });
      await context.route(/\/stall\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.fulfill({ contentType: 'text/javascript', body: '' });
      });
      // When the picture's second half is in the page, whatever paints first.
      await context.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (!document.querySelector('.picture-rest')) return;
          seen.disconnect();
          Object.assign(window, { restAt: performance.now() });
        });
        seen.observe(document, { childList: true, subtree: true });
      });
    };
    const { page, errors } = await openPage(browser, '', { setup });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
    const { first, restAt } = await page.evaluate(() => ({
      first: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      restAt: (window as unknown as { restAt?: number }).restAt,
    }));
    expect(restAt, 'the second half was parsed').toBeDefined();
    expect(restAt!, 'the second half was in the page at the first paint').toBeLessThanOrEqual(first);
    expect(first, 'the stall was inside the picture').toBeGreaterThan(1_000);
    expect(errors).toEqual([]);
  });

  it('draws the map out of sight while it loads, under the picture, and shows it once complete', async () => {
    // Holding the basemap back keeps the map loading.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const setup = (context: BrowserContext) =>
      context.route('**/basemap/*.geojson', async (route) => {
        await held;
        await route.continue();
      });
    const { page, errors } = await openPage(browser, '', { setup });
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    const placeholder = page.locator('#map .map-placeholder');
    await mapMade(page);
    expect(await opacityOf(canvas)).toBe('0');
    expect(await placeholder.isVisible()).toBe(true);
    release();
    await mapReady(page);
    expect(await opacityOf(canvas)).toBe('1');
    expect(await placeholder.count()).toBe(0);
    // Its frames were drawn into one pixel while out of sight; the complete map is drawn in full.
    const shares = await colourShares(browser, await canvas.screenshot());
    const { sea, landFocus } = basemapTheme.light;
    expect(shares[sea], 'the sea').toBeGreaterThan(0.05);
    expect(shares[landFocus], "North Korea's land").toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });

  it('shows the map as soon as the reader moves it before it is complete', async () => {
    const setup = (context: BrowserContext) => context.route('**/basemap/*.geojson', () => undefined);
    const { page } = await openPage(browser, '', { setup });
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    await mapMade(page);
    expect(await opacityOf(canvas)).toBe('0');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    // The drag moves the camera at the map's next frame, drawn in full: the sea, as the land has not come.
    await expect.poll(() => opacityOf(canvas)).toBe('1');
    expect(await page.locator('#map .map-placeholder').count()).toBe(0);
    await expect.poll(async () => (await colourShares(browser, await canvas.screenshot()))[basemapTheme.light.sea] ?? 0).toBeGreaterThan(0.5);
  });

  it('paints before it asks for the sites, leaves the map code to the page’s script, and fetches each once', async () => {
    const { page, requests } = await openPage(browser);
    // The page as served: once it runs, Vite's import of the map adds hints of its own.
    const html = await (await page.request.get(page.url())).text();
    const hints = [...html.matchAll(/<link rel="(?:module)?preload"[^>]* href="([^"]+)"/g)].map(([, href]) => href);
    // Preloaded, the sites' megabyte arrived with the page and put its first paint off (src/data/off-thread.ts).
    expect(hints.filter((href) => /\/data\//.test(href ?? ''))).toEqual([]);
    // Preloaded, MapLibre's megabyte was compiled before the first paint (vite.config.ts).
    expect(hints.filter((href) => /camp-map|map-or-preview/.test(href ?? ''))).toEqual([]);
    await mapReady(page);
    for (const layer of LAYERS) expect(requests.filter((url) => url.endsWith(`/data/${layer}.geojson`))).toHaveLength(1);
    expect(requests.filter((url) => /\/assets\/camp-map-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => /\/assets\/camp-map-[\w-]+\.css$/.test(url))).toHaveLength(1);
  });

  it('loads what the first view needs: the Korean, the popup and the embed dialog come when asked for', async () => {
    const { page, requests, errors } = await openPage(browser);
    await mapReady(page);
    await expect.poll(() => page.locator('.site-list li').count()).toBe(shownSites.length);
    const scripts = async () => {
      const urls = [...new Set(requests.filter((url) => /\.m?js$/.test(url)))];
      return Promise.all(urls.map(async (url) => ({ url, text: await (await page.request.get(url)).text() })));
    };
    const speaksKorean = async () => (await scripts()).some(({ text }) => text.includes(ko.title));
    const loaded = (chunk: string) => requests.some((url) => new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`).test(url));
    expect(await speaksKorean(), 'an English reader downloads no Korean').toBe(false);
    expect(loaded('popup'), 'no site is open yet').toBe(false);
    expect(loaded('embed-dialog'), 'nobody asked for the embed code yet').toBe(false);

    await page.getByRole('button', { name: new RegExp(sungho.name.replace(/[()]/g, '.')) }).click();
    await expect.poll(() => page.locator('.maplibregl-popup h2').textContent()).toBe(sungho.name);
    expect(loaded('popup')).toBe(true);
    await page.locator('.embed-open').click();
    await expect.poll(() => page.locator('dialog.embed-dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
    await page.keyboard.press('Escape');

    await page.locator('button.language').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(ko.title);
    await expect.poll(() => page.locator('.maplibregl-popup h2').textContent()).toBe(sungho.name_ko);
    expect(await speaksKorean()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a linked site centred with its popup, citing the seed article', async () => {
    const { page, errors } = await openPage(browser, `./#site=${sungho.id}`);
    await mapReady(page);
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent()).toBe(sungho.name);
    const links = await popup.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    expect(links).toContainEqual({ href: SEED, target: '_blank', rel: 'noopener noreferrer' });
    // Centred across, and below the middle so the popup above it fits on screen.
    const { x, y, width, height } = await page.evaluate((lngLat) => {
      const map = (window as unknown as { campMap: import('maplibre-gl').Map }).campMap;
      const { clientWidth, clientHeight } = map.getContainer();
      return { ...map.project(lngLat), width: clientWidth, height: clientHeight };
    }, sungho.coordinates);
    expect(Math.abs(x - width / 2)).toBeLessThan(2);
    expect(Math.abs(y - height * 0.75)).toBeLessThan(2);
    await page.screenshot({ path: 'test-results/sungho-popup.png' });
    expect(errors).toEqual([]);
  });

  it('opens a popup when a marker is clicked and writes site= into the hash', async () => {
    const target = shownSites.find((site) => site.id.includes('yodok')) ?? shownSites[0]!;
    const [lon, lat] = target.coordinates;
    const { page } = await openPage(browser, `./#map=10/${lat}/${lon}`);
    await mapReady(page);
    const point = await page.evaluate(([x, y]) => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.project([x!, y!]), [lon, lat]);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`site=${target.id}`);
    await expect.poll(() => page.locator('.maplibregl-popup h2').textContent()).toBe(target.name);
  });

  it('never links to a view without North Korea: every camera it writes to the hash is on it', async () => {
    const setup = (context: BrowserContext) =>
      context.addInitScript(() => {
        const written: string[] = ((window as unknown as { written: string[] }).written = []);
        const replaceState = history.replaceState.bind(history);
        history.replaceState = (state: unknown, unused: string, url?: string | URL | null) => {
          if (url) written.push(new URL(url, location.href).hash);
          replaceState(state, unused, url);
        };
      });
    const { page } = await openPage(browser, '', { setup });
    await mapReady(page);
    const views = (await page.evaluate(() => (window as unknown as { written: string[] }).written))
      .map((hash) => new URLSearchParams(hash.slice(1)).get('map'))
      .filter((view) => view !== null);
    expect(views.length).toBeGreaterThan(0);
    const [west, south, east, north] = FIRST_VIEW;
    for (const view of views) {
      const [, lat, lon] = view!.split('/').map(Number);
      // A reload or a copied link in the moment after the map was made once opened at 0°N 0°E.
      expect(lon! > west && lon! < east && lat! > south && lat! < north, view!).toBe(true);
    }
  });

  it('leaves unknown hash keys alone and does not fail on them', async () => {
    const { page, errors } = await openPage(browser, './#map=7/39.5/127&utm_campaign=x&zzz');
    await mapReady(page);
    expect(await page.evaluate(() => location.hash)).toContain('utm_campaign=x');
    expect(errors).toEqual([]);
  });

  it('lets a keyboard user open a site from the list and return with Escape', async () => {
    const { page } = await openPage(browser);
    await mapReady(page);
    const entry = page.getByRole('button', { name: new RegExp(sungho.name.replace(/[()]/g, '.')) });
    await entry.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.maplibregl-popup')))).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain(`site=${sungho.id}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(sungho.id);
    expect(await page.evaluate(() => location.hash)).not.toContain('site=');
  });
});
