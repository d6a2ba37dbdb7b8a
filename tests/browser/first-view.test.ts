/**
 * The first view tells the story (issue 14), on a 1280 px page, a 375 px phone, and embeds of
 * 680 x 500 and 343 x 398: the legend on screen, every site framed with its ring, the new camps
 * named, the details of a site in view with a close button nothing covers, the chooser, links
 * and Back, the list's order, Korean, and contrast with filters on and off.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNewCamp } from '../../src/data/new-camps.ts';
import { UNCERTAINTY_KM } from '../../src/data/vocabulary.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';
import { grow } from '../../src/map/first-view.ts';
import { basemapTheme } from '../../src/map/basemap.ts';
import { rangeFile } from '../../scripts/lib/glyphs.ts';
import { allSites, shownSites } from './data.ts';
import { frameMapReady } from './embed-helpers.ts';
import { launch, mapReady, openPage } from './harness.ts';

type WithMap = { campMap: import('maplibre-gl').Map };
const byId = (id: string) => allSites.find((site) => site.id === id)!;
const sungho = byId('sungho-ri');
const camp26 = byId('camp-26-hwachon');
const pyongsan = byId('pyongsan');
const newCamps = shownSites.filter(isNewCamp).map((site) => site.id).sort();

const VIEWS = [
  { name: 'page-1280x800', path: './', width: 1280, height: 800, compact: false },
  { name: 'phone-375x740', path: './', width: 375, height: 740, compact: true },
  { name: 'embed-680x500', path: './embed.html', width: 680, height: 500, compact: true },
  { name: 'embed-343x398', path: './embed.html', width: 343, height: 398, compact: true },
] as const;

/** The glyph files the basemap's labels (its cities and provinces, in both languages) could ask for. */
const BASEMAP_GLYPHS = new Set(
  ['cities', 'province-labels'].flatMap((file) => {
    const { features } = JSON.parse(readFileSync(`public/basemap/${file}.geojson`, 'utf8')) as FeatureCollection;
    return features.flatMap(({ properties }) => [...`${properties?.name}${properties?.name_ko}`].map((char) => rangeFile(char.codePointAt(0)!)));
  }),
);

let browser: Browser;
beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The centre of an element, and whether it is what the page would hit there (nothing covers it). */
const hitTest = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    const hit = document.elementFromPoint(x + width / 2, y + height / 2);
    return { x, y, width, height, hit: hit === element || element.contains(hit) };
  });

/** A site's point on the page, and what the page has there. */
const sitePoint = (page: Page, [lon, lat]: [number, number]) =>
  page.evaluate(
    ([x, y]) => {
      const map = (window as unknown as WithMap).campMap;
      const point = map.project([x!, y!]);
      const box = map.getContainer().getBoundingClientRect();
      const [px, py] = [box.left + point.x, box.top + point.y];
      const inside = point.x >= 0 && point.y >= 0 && point.x <= box.width && point.y <= box.height;
      return { x: px, y: py, inside, under: document.elementFromPoint(px, py)?.className ?? '' };
    },
    [lon, lat],
  );

/** Glyph files the page fetched, with their sizes. */
function glyphLog(context: BrowserContext): { file: string; bytes: number }[] {
  const log: { file: string; bytes: number }[] = [];
  context.on('response', async (response) => {
    const path = decodeURIComponent(new URL(response.url()).pathname);
    if (path.includes('/fonts/')) log.push({ file: path.split('/').at(-1) ?? '', bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
  });
  return log;
}

describe.each(VIEWS)('the first view, $name', ({ name, path, width, height, compact }) => {
  it('shows both ministries in the legend, frames every site with its ring, and names the new camps', async () => {
    let glyphs: { file: string; bytes: number }[] = [];
    const { page } = await openPage(browser, path, { width, height, setup: async (context) => (glyphs = glyphLog(context)) });
    await mapReady(page);
    // The legend's key: both ministries in full, on screen, nothing over them.
    for (const ministry of ['Ministry of State Security', 'Ministry of Social Security']) {
      const { x, y, width: w, height: h, hit } = await hitTest(page, `.map-legend .legend-key strong:text-is("${ministry}")`);
      expect(hit, ministry).toBe(true);
      expect(x >= 0 && y >= 0 && x + w <= width && y + h <= height, `${ministry} on screen`).toBe(true);
    }
    // On a roomy map, what sets each ministry's camps apart, and the source, without unfolding.
    if (!compact) {
      expect(await page.locator('.map-legend .legend-fate').first().isVisible()).toBe(true);
      expect(await page.locator('.map-legend .legend-source a').getAttribute('href')).toMatch(/^https:\/\/www\.dailynk\.com\//);
    }
    // Every site, with its ring, inside the map's bounds.
    const [west, south, east, north] = await page.evaluate(() => (window as unknown as WithMap).campMap.getBounds().toArray().flat());
    for (const site of shownSites) {
      const [w, s, e, n] = grow([...site.coordinates, ...site.coordinates], UNCERTAINTY_KM[site.location_precision]);
      expect(w >= west! && s >= south! && e <= east! && n <= north!, `${site.id} and its ring in view`).toBe(true);
    }
    // The new camps, and only they, are named.
    const named = await page.evaluate(() => {
      const map = (window as unknown as WithMap).campMap;
      return [...new Set(map.queryRenderedFeatures({ layers: ['camps-labels', 'camps-dense-labels'] }).map((f) => String(f.properties.id)))].sort();
    });
    expect(named).toEqual(newCamps);
    // Naming them fetched no glyphs the basemap's labels do not need anyway: Latin-1, and the Hangul of its Korean names.
    await expect.poll(() => glyphs.map((g) => g.file)).toContain('0-255.pbf');
    expect(glyphs.filter((g) => !BASEMAP_GLYPHS.has(g.file))).toEqual([]);
    console.info(`glyph bytes at the first view, ${name}:`, JSON.stringify(glyphs));
    await page.screenshot({ path: `test-results/first-view-${name}.png` });
    // The legend folds to its key on a small map, and follows the map when its size changes.
    const legendCompact = () => page.locator('.map-legend').evaluate((legend) => legend.classList.contains('compact'));
    expect(await legendCompact()).toBe(compact);
    if (!compact) {
      await page.setViewportSize({ width: 375, height: 740 });
      await expect.poll(legendCompact).toBe(true);
    }
  });

  it('opens a linked site in view, its details beside it, with a close button nothing covers', async () => {
    const { page } = await openPage(browser, `${path}#site=${sungho.id}`, { width, height });
    await mapReady(page);
    const details = compact ? '.details-sheet' : '.maplibregl-popup';
    await expect.poll(() => page.locator(`${details} .site-details h2`).textContent()).toBe(sungho.name);
    const box = (await page.locator(details).boundingBox())!;
    expect(box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width, 'details on screen').toBe(true);
    // The site: on the map, above a sheet, under no control.
    const site = await sitePoint(page, sungho.coordinates);
    expect(site.inside).toBe(true);
    expect(site.under).toContain('maplibregl-canvas');
    if (compact) expect(site.y).toBeLessThan(box.y);
    const close = await hitTest(page, compact ? '.details-sheet-close' : '.maplibregl-popup-close-button');
    expect(close.hit).toBe(true);
    if (compact) expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `test-results/site-${name}.png` });
    await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    await expect.poll(() => page.locator(details).count()).toBe(compact ? 1 : 0);
    if (compact) expect(await page.locator(details).isHidden()).toBe(true);
    expect(await page.evaluate(() => location.hash)).not.toContain('site=');
  });

  it('offers every site under a click: Camp 26 and Sŭngho-ri share a compound', async () => {
    const [lon, lat] = sungho.coordinates;
    const { page } = await openPage(browser, `${path}#map=10/${lat}/${lon}`, { width, height });
    await mapReady(page);
    const site = await sitePoint(page, sungho.coordinates);
    await page.mouse.click(site.x, site.y);
    const chooser = page.locator('.chooser');
    await expect.poll(() => chooser.locator('[data-id]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.id).sort())).toEqual([camp26.id, sungho.id]);
    await page.screenshot({ path: `test-results/chooser-${name}.png` });
    // From the keyboard too: the chooser has focus, its entries are buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(camp26.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.site-details h2').first().textContent()).toBe(camp26.name);
    expect(await page.evaluate(() => location.hash)).toContain(`site=${camp26.id}`);
  });
});

describe('the first view, more', () => {
  it('offers each of the detention sites drawn at one county seat', async () => {
    const seat = allSites.find((site) => site.layer === 'detention-centres' && site.shared_point?.kind === 'county-seat' && site.shared_point.with.length >= 2)!;
    const group = [seat.id, ...seat.shared_point!.with].sort();
    const [lon, lat] = seat.coordinates;
    // From zoom 12 the dense layers no longer cluster: the sites lie on one another.
    const { page } = await openPage(browser, `./#layers=detention-centres&map=12/${lat}/${lon}`);
    await mapReady(page);
    const site = await sitePoint(page, seat.coordinates);
    await page.mouse.click(site.x, site.y);
    await expect.poll(() => page.locator('.chooser [data-id]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.id))).toEqual(expect.arrayContaining(group));
  });

  it('on a phone, the panel loads at the size of the bar it becomes, so the map is not resized and drawn again', async () => {
    const panelHeight = (page: Page) => page.evaluate(() => document.getElementById('panel')?.getBoundingClientRect().height);
    // Without JavaScript the panel stays as it is first painted, saying the sites are loading.
    const { page: painted } = await openPage(browser, './', { width: 375, height: 740, javaScript: false });
    const { page } = await openPage(browser, './', { width: 375, height: 740 });
    await mapReady(page);
    expect(await page.getByRole('button', { name: 'Sites and filters' }).isVisible()).toBe(true);
    expect(await painted.locator('#panel').textContent()).toBe('Loading the sites…');
    expect(await panelHeight(page)).toBe(await panelHeight(painted));
  });

  it('on a phone, choosing a site from the list folds the list away and shows the site', async () => {
    const { page } = await openPage(browser, './', { width: 375, height: 740 });
    await mapReady(page);
    const toggle = page.getByRole('button', { name: 'Sites and filters' });
    await toggle.click();
    await page.locator(`.site-list [data-id="${pyongsan.id}"]`).click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.site-list').isHidden()).toBe(true);
    await expect.poll(() => page.locator('.details-sheet h2').textContent()).toBe(pyongsan.name);
    await mapReady(page);
    const site = await sitePoint(page, pyongsan.coordinates);
    expect(site.inside && site.under.includes('maplibregl-canvas')).toBe(true);
    // Focus went with the reader, into the details.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.details-sheet')))).toBe(true);
    await page.screenshot({ path: 'test-results/phone-list-to-site.png' });
  });

  it('steps Back through the sites a reader opened; filters and the camera add no steps', async () => {
    const { page } = await openPage(browser, './');
    await mapReady(page);
    const steps = () => page.evaluate(() => history.length);
    const start = await steps();
    const title = page.locator('.maplibregl-popup h2');
    await page.locator(`.site-list [data-id="${pyongsan.id}"]`).click();
    await expect.poll(() => title.textContent()).toBe(pyongsan.name);
    await page.locator(`.site-list [data-id="${sungho.id}"]`).click();
    await expect.poll(() => title.textContent()).toBe(sungho.name);
    await page.getByRole('group', { name: 'Ministry' }).getByRole('button', { name: /State Security/ }).click();
    await page.getByRole('slider', { name: /Year/ }).fill('2022');
    await page.mouse.move(900, 400);
    await page.mouse.wheel(0, -300);
    await mapReady(page);
    expect(await steps()).toBe(start + 2);
    await page.goBack();
    await expect.poll(() => title.textContent()).toBe(pyongsan.name);
    expect(await page.evaluate(() => location.hash)).toContain(`site=${pyongsan.id}`);
    await page.goBack();
    await expect.poll(() => title.count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).not.toContain('site=');
  });

  it('replaces the state with a pasted link, moves the camera to its site and writes the view back', async () => {
    const { page } = await openPage(browser, './#q=yodok&year=2020&ministry=MSS');
    await mapReady(page);
    await page.evaluate((id) => (location.hash = `#site=${id}`), pyongsan.id);
    await expect.poll(() => page.locator('.maplibregl-popup h2').textContent()).toBe(pyongsan.name);
    // Nothing of the old link is left: no search, no year, no filter.
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.locator('.site-count').textContent()).toBe(`${shownSites.length} of ${allSites.length} sites`);
    const site = await sitePoint(page, pyongsan.coordinates);
    expect(site.inside).toBe(true);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('site')).toBe(pyongsan.id);
    const zoom = Number((await page.evaluate(() => location.hash)).match(/map=([\d.]+)/)?.[1]);
    expect(zoom).toBeGreaterThanOrEqual(9);
    // A link with neither site nor view frames every site again.
    await page.evaluate(() => (location.hash = '#layers=kwanliso'));
    await mapReady(page);
    const [west, , east] = await page.evaluate(() => (window as unknown as WithMap).campMap.getBounds().toArray().flat());
    expect(west).toBeLessThan(124.2);
    expect(east).toBeGreaterThan(130.8);
  });

  it('lists numbers as numbers, and prints a disputed status once', async () => {
    const { page } = await openPage(browser, './');
    await mapReady(page);
    const names = await page.locator('.site-list .site-name').allTextContents();
    const [two, eleven] = ['Kyo-hwa-so No. 2, Tongrim', 'Kyo-hwa-so No. 11, Chungsan'].map((n) => names.indexOf(n));
    expect(two).toBeGreaterThanOrEqual(0);
    expect(two).toBeLessThan(eleven!);
    expect(pyongsan.status).toBe('disputed');
    const meta = (await page.locator(`.site-list [data-id="${pyongsan.id}"] .site-meta`).textContent()) ?? '';
    expect(meta.match(/Disputed/g)).toHaveLength(1);
    await page.locator(`.site-list [data-id="${pyongsan.id}"]`).click();
    const facts = page.locator('.maplibregl-popup dl');
    await expect.poll(() => facts.count()).toBe(1);
    expect(((await facts.textContent()) ?? '').match(/Disputed/g)).toHaveLength(1);
  });

  it('speaks Korean in the list, the legend, the details and the chooser', async () => {
    const { page } = await openPage(browser, `./#lang=ko&site=${sungho.id}`, { width: 375, height: 740 });
    await mapReady(page);
    const ko = STRINGS.ko;
    expect(await page.locator('.map-legend .legend-key').textContent()).toContain(ko.key.ministries.MSS);
    expect(await page.locator('.map-legend .legend-key').textContent()).toContain(ko.key.ministries.MSoS);
    const sheet = page.locator('.details-sheet');
    await expect.poll(() => sheet.locator('h2').textContent()).toBe(sungho.name_ko);
    const text = (await sheet.textContent()) ?? '';
    for (const expected of [ko.provinces[sungho.province], ko.ministryNames[sungho.ministry], ko.statuses[sungho.status], ko.facilityTypes[sungho.facility_type], sungho.county_ko!]) expect(text).toContain(expected);
    await page.getByRole('button', { name: '시설 및 필터' }).click();
    const meta = await page.locator(`.site-list [data-id="${pyongsan.id}"] .site-meta`).textContent();
    expect(meta).toContain(ko.ministryShort.MSoS);
    expect(meta).toContain(ko.statuses.disputed);
    expect(meta).not.toMatch(/[A-Za-z]/);
    await page.screenshot({ path: 'test-results/korean-phone.png' });
  });

  it.each([
    ['1280 px', './', 1280, 800],
    ['375 px', './', 375, 740],
  ])('meets WCAG AA contrast with filter chips on and off, %s', async (_, path, width, height) => {
    const { page } = await openPage(browser, path, { width, height });
    await mapReady(page);
    if (width < 640) await page.getByRole('button', { name: 'Sites and filters' }).click();
    await page.getByRole('group', { name: 'Ministry' }).getByRole('button', { name: /State Security/ }).click();
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Closed' }).click();
    await page.getByRole('group', { name: 'Layers' }).locator('[data-layer="detention-centres"]').click();
    await expect.poll(() => page.locator('.filters [aria-pressed="false"]').count()).toBeGreaterThan(0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the first view in an embed', () => {
  it.each([
    [680, 500],
    [343, 398],
  ])('is reachable by keyboard in the order the reader sees it, %ix%i, and passes axe', async (width, height) => {
    const { page } = await openPage(browser, './embed.html', { width, height });
    await mapReady(page);
    const order: string[] = [];
    for (let i = 0; i < 14 && !order.includes('footer'); i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          if (active?.closest('.embed-list')) return 'list';
          if (active?.closest('.map-legend')) return 'legend';
          if (active?.closest('.maplibregl-ctrl-top-right')) return 'zoom and fullscreen';
          if (active?.closest('.embed-footer')) return 'footer';
          return active?.tagName.toLowerCase() ?? 'none';
        }),
      );
    }
    const first = (what: string) => order.indexOf(what);
    expect(first('list')).toBeGreaterThanOrEqual(0);
    expect(first('list')).toBeLessThan(first('legend'));
    expect(first('legend')).toBeLessThan(first('zoom and fullscreen'));
    expect(first('zoom and fullscreen')).toBeLessThan(first('footer'));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('keeps the loader\'s preview until the map has drawn, and adds nothing to the host page\'s history', async () => {
    // The sites arrive late, as on a slow connection: the frame has loaded long before the map can draw them.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openPage(browser, 'demo/article.html', {
      setup: (context) =>
        context.route(/\/data\/[\w-]+\.geojson$/, async (route) => {
          await held;
          await route.continue();
        }),
    });
    await page.locator('[data-nk-camp-map]').scrollIntoViewIfNeeded();
    const iframe = page.locator('[data-nk-camp-map] iframe');
    await expect.poll(() => iframe.count()).toBe(1);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-nk-camp-map] img').count(), 'the preview, while the map has no sites').toBe(1);
    release();
    await frameMapReady(frame);
    await expect.poll(() => page.locator('[data-nk-camp-map] img').count()).toBe(0);
    // The reader opens sites and the host moves the embed to another: the host's history does not grow from inside.
    const steps = await page.evaluate(() => history.length);
    await frame.locator('.embed-list summary').click();
    await frame.locator(`.site-list [data-id="${pyongsan.id}"]`).click();
    await expect.poll(() => frame.locator('.site-details h2').first().textContent()).toBe(pyongsan.name);
    await frame.locator('.details-sheet-close:visible, .maplibregl-popup-close-button').first().click();
    expect(await page.evaluate(() => history.length)).toBe(steps);
    // A host that changes the embed's hash moves its camera to the site and gets map= back.
    await iframe.evaluate((element, id) => {
      const src = new URL((element as HTMLIFrameElement).src);
      src.hash = `#site=${id}&lang=en`;
      (element as HTMLIFrameElement).src = src.href;
    }, camp26.id);
    await expect.poll(() => frame.locator('.site-details h2').first().textContent()).toBe(camp26.name);
    await expect.poll(() => frame.evaluate(() => location.hash)).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
    expect(new URLSearchParams((await frame.evaluate(() => location.hash)).slice(1)).get('site')).toBe(camp26.id);
  });

  it('draws camp names that read on the dark theme', async () => {
    const [lon, lat] = sungho.coordinates;
    const { page } = await openPage(browser, `./embed.html#theme=dark&map=8/${lat}/${lon}`, { width: 680, height: 500 });
    await mapReady(page);
    const paint = await page.evaluate(() => {
      const map = (window as unknown as WithMap).campMap;
      return { text: map.getPaintProperty('camps-labels', 'text-color'), halo: map.getPaintProperty('camps-labels', 'text-halo-color') };
    });
    expect(paint).toEqual({ text: basemapTheme.dark.cityText, halo: basemapTheme.dark.halo });
    await page.screenshot({ path: 'test-results/embed-dark-labels.png' });
  });
});

describe("the map's Korean labels", () => {
  it('are drawn from the site’s own glyphs, not with a font of the reader’s device', async () => {
    const [lon, lat] = sungho.coordinates;
    let glyphs: { file: string; bytes: number }[] = [];
    const setup = async (context: BrowserContext) => {
      glyphs = glyphLog(context);
      // What MapLibre would draw on the page itself (TinySDF), with whatever Korean font the device has, if any.
      await context.addInitScript(() => {
        const drawn: string[] = ((window as unknown as { hangulDrawn: string[] }).hangulDrawn = []);
        for (const context of [CanvasRenderingContext2D, OffscreenCanvasRenderingContext2D]) {
          const fillText = context.prototype.fillText;
          context.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number]) {
            if (/\p{Script=Hangul}/u.test(text)) drawn.push(text);
            return fillText.call(this, text, ...rest);
          } as typeof fillText;
        }
      });
    };
    const { page, errors } = await openPage(browser, `./#lang=ko&map=8/${lat}/${lon}`, { width: 700, height: 450, setup });
    await mapReady(page);
    const labels = () =>
      page.evaluate(() => (window as unknown as WithMap).campMap.queryRenderedFeatures({ layers: ['camps-labels'] }).map((feature) => String(feature.properties.id)));
    await expect.poll(labels).toContain(sungho.id);
    const hangul = glyphs.filter(({ file }) => Number(file.split('-')[0]) >= 0xac00);
    expect(hangul.length).toBeGreaterThan(0);
    expect(hangul.filter(({ bytes }) => bytes === 0)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { hangulDrawn: string[] }).hangulDrawn)).toEqual([]);
    expect(errors).toEqual([]);
    await page.locator('#map').screenshot({ path: 'test-results/korean-labels.png' });
  });
});
