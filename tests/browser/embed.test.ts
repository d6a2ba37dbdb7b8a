/**
 * The embed as a newsroom uses it: the demo article on origin A (the global test server)
 * embeds the map from origin B (a second server for the same build, started here), once
 * through the loader script and once as a plain iframe.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleSites } from '../../src/data/filter.ts';
import { rankedPublishers } from '../../src/embed/credits.ts';
import type { Site } from '../../src/data/site.ts';
import { allSites, shownSites } from './data.ts';
import { markCount } from '../../scripts/lib/preview.ts';
import { basemapTheme } from '../../src/map/basemap.ts';
import { NO_FILTERS } from '../../src/data/filter.ts';
import { firstPaintAndMapCode, frameMapReady, holdStylesheet, recordedContext, secondOrigin, siteIdsIn, zoomIn, type Recorded } from './embed-helpers.ts';
import { appUrl, launch } from './harness.ts';

const sites: Site[] = shownSites;
const sungho = sites.find((site) => site.id === 'sungho-ri')!;
const HEIGHT = 'nk-camp-map:height';

let browser: Browser;
let originB: { url: string; server: PreviewServer };
beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  browser = await launch();
  originB = await secondOrigin();
});
afterAll(async () => {
  await browser?.close();
  await originB?.server.close();
});

/** What reaches the page about the loader's iframe: its height, and every height message from origin B. */
const iframeHeight = (page: Page) => page.locator('[data-nk-camp-map] iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);

// One article page for the steps a reader takes in order: arrive, scroll to the map, scroll past it, open a source.
describe('the demo article on origin A, embedding the map from origin B with the loader', () => {
  let session: Recorded;
  let page: Page;
  let frame: Frame;
  const A = () => new URL(appUrl()).origin;
  const B = () => new URL(originB.url).origin;

  beforeAll(async () => {
    session = await recordedContext(browser);
    page = session.page;
    // The plain iframe further down is not under test here; keep its requests out of the log.
    await session.context.route('**/embed.html?via=iframe*', (route) => route.abort());
    await page.goto(new URL(`demo/article.html?map=${encodeURIComponent(originB.url)}`, appUrl()).href);
    await page.evaluate((type) => {
      const seen: { origin: string; data: unknown }[] = [];
      Object.assign(window, { heightMessages: seen });
      window.addEventListener('message', (event) => {
        if ((event.data as { type?: unknown } | null)?.type === type) seen.push({ origin: event.origin, data: event.data });
      });
    }, HEIGHT);
  });
  afterAll(async () => {
    await session?.context.close();
  });

  it('shows the build’s static preview, and loads no map, until the reader scrolls near it', async () => {
    const placeholder = page.locator('[data-nk-camp-map]');
    await expect.poll(() => placeholder.locator('img').getAttribute('src')).toBe(`${B()}/preview.svg`);
    expect(await placeholder.locator('img').getAttribute('alt')).toMatch(new RegExp(`^Static map of North Korea with ${sites.length} reported`));
    const top = await placeholder.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(800 + 200); // below the fold, beyond the loader's 200px margin
    await page.waitForTimeout(1500);
    expect(await placeholder.locator('iframe').count()).toBe(0);
    // (The plain iframe's own request, which Chromium's lazy loading may make early, is aborted above.)
    const mapRequests = session.requests.filter((url) => /embed\.html|\/assets\/|maplibre|camps\.geojson/.test(url) && !url.includes('?via=iframe'));
    expect(mapRequests).toEqual([]);
    expect(session.requests).toContain(`${B()}/embed.js`);
  });

  it('creates the iframe as the reader nears it, titled, lazy, private, and loads the map', async () => {
    const requestsBefore = session.requests.length;
    // Scroll as a reader does, to just above the placeholder: inside the loader's 200px margin.
    await page.evaluate(() => {
      const top = document.querySelector('[data-nk-camp-map]')!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight - 100);
    });
    const iframe = page.locator('[data-nk-camp-map] iframe');
    await expect.poll(() => iframe.count()).toBe(1);
    expect(await iframe.evaluate((element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])))).toMatchObject({
      src: `${B()}/embed.html#site=sungho-ri&lang=en`,
      title: 'Map of reported prison camps in North Korea',
      loading: 'lazy',
      referrerpolicy: 'no-referrer',
      allow: 'fullscreen',
    });
    await expect.poll(() => session.requests.slice(requestsBefore).some((url) => url.startsWith(`${B()}/embed.html`))).toBe(true);
    await page.locator('[data-nk-camp-map]').scrollIntoViewIfNeeded();
    frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frameMapReady(frame);
    expect(session.requests.slice(requestsBefore).some((url) => url.startsWith(`${B()}/assets/`))).toBe(true);
    await expect.poll(() => page.locator('[data-nk-camp-map] img').count()).toBe(0); // the preview gives way
  });

  it('resizes the iframe to the height the embed reports', async () => {
    const messages = () => page.evaluate(() => (window as unknown as { heightMessages: { origin: string; data: { height: number } }[] }).heightMessages);
    await expect.poll(async () => (await messages()).length).toBeGreaterThan(0);
    const reported = (await messages()).at(-1)!;
    expect(reported.origin).toBe(B());
    expect(reported.data.height).not.toBe(500); // it is the embed's own height, not data-height
    await expect.poll(() => iframeHeight(page)).toBe(reported.data.height);
    // The embed fills exactly that height: map above, footer below, nothing cut off.
    expect(await frame.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height)).toBe(reported.data.height);
  });

  it('ignores height messages of the wrong shape, from the top page, and from other frames', async () => {
    // Record every height the iframe is ever given from here on.
    await page.locator('[data-nk-camp-map] iframe').evaluate((iframe) => {
      const applied: string[] = [];
      Object.assign(window, { appliedHeights: applied });
      new MutationObserver(() => applied.push((iframe as HTMLIFrameElement).style.height)).observe(iframe, { attributes: true, attributeFilter: ['style'] });
    });
    // From the top page itself (origin A, not the iframe's window).
    await page.evaluate((type) => window.postMessage({ type, height: 901 }, '*'), HEIGHT);
    // From another frame on origin A, and from a frame on origin B that is not the embed.
    for (const [origin, height] of [[A(), 902], [B(), 903]] as const) {
      const other = await page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const iframe = Object.assign(document.createElement('iframe'), { src, name: `forger-${src}` });
            iframe.addEventListener('load', () => resolve(iframe.name));
            document.body.append(iframe);
          }),
        `${origin}/favicon.svg`,
      );
      await page.frame({ name: other })!.evaluate(([type, h]) => parent.postMessage({ type, height: h }, '*'), [HEIGHT, height] as const);
    }
    // From the embed's own window, but not of the exact shape.
    for (const data of [
      { type: HEIGHT, height: 99_999 },
      { type: HEIGHT, height: 100 },
      { type: HEIGHT, height: '904' },
      { type: HEIGHT, height: 905, extra: true },
      { type: 'datawrapper-height', height: 906 },
      JSON.stringify({ type: HEIGHT, height: 907 }),
      null,
    ]) {
      await frame.evaluate((message) => parent.postMessage(message, '*'), data);
    }
    // A well-formed message from the embed, posted last: once applied, every earlier one has been handled.
    await frame.evaluate((type) => parent.postMessage({ type, height: 777 }, '*'), HEIGHT);
    await expect.poll(() => iframeHeight(page)).toBe(777);
    expect(await page.evaluate(() => (window as unknown as { appliedHeights: string[] }).appliedHeights)).toEqual(['777px']);
  });

  it('lets the wheel scroll the page past the map without zooming it; ctrl + wheel zooms', async () => {
    await page.evaluate(() => {
      const top = document.querySelector('[data-nk-camp-map]')!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - 50);
    });
    await frameMapReady(frame);
    // Low on the left: clear of the popup (which scrolls on its own) and of the list's summary.
    const point = async () => {
      const box = (await page.locator('[data-nk-camp-map] iframe').boundingBox())!;
      return { x: box.x + 60, y: box.y + box.height - 160 };
    };
    const before = await point();
    await page.mouse.move(before.x, before.y);
    const [scrollBefore, zoomBefore] = [await page.evaluate(() => scrollY), await zoomIn(frame)];
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 100);
    await page.waitForTimeout(600); // a wheel zoom would animate by now
    expect(await zoomIn(frame)).toBe(zoomBefore);
    expect(await frame.locator('.maplibregl-cooperative-gesture-screen').textContent()).toContain('Ctrl + scroll');

    const after = await point();
    expect(after.y).toBeGreaterThan(0);
    await page.mouse.move(after.x, after.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomIn(frame)).toBeGreaterThan(zoomBefore);
  });

  it('opens a source link from the popup in a new tab and stays on the map', async () => {
    const link = frame.locator(`.site-details .citation a[href="${sungho.sources[0]!.url}"]`).first();
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const [tab] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(sungho.sources[0]!.url);
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    expect(frame.url()).toMatch(new RegExp(`^${B()}/embed\\.html#`));
    expect(await frame.evaluate(() => Boolean((window as unknown as { campMap?: unknown }).campMap && document.getElementById('map')))).toBe(true);
    expect(page.url()).toContain('/demo/article.html');
    await tab.close();
  });

  it('links its footer to the full map with the same state, in a new tab', async () => {
    const link = frame.locator('.embed-footer a');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${B()}/index\\.html#map=[\\d.]+/[\\d.]+/[\\d.]+&site=sungho-ri&lang=en$`));
    // The linked site's publishers lead the credits.
    const leading = rankedPublishers(sites, sungho).slice(0, 3).join(', ');
    expect(await frame.locator('.embed-credits').textContent()).toMatch(new RegExp(`^Sources: ${leading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} and \\d+ more\\. Data: CC BY 4\\.0`));
  });

  it('asks no host but A and B for anything', () => {
    const foreign = session.requests.filter((url) => !url.startsWith(A()) && !url.startsWith(B()) && !/^(data|blob|about):/.test(url));
    // The one exception is the source the reader chose to open, in its own tab (answered by a stub here).
    const source = sungho.sources[0]!.url;
    expect(foreign).toContain(source);
    expect(foreign.filter((url) => new URL(url).origin !== new URL(source).origin)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('embed options', () => {
  it('applies site, lang, theme and filters from the hash of an iframe on another origin', async () => {
    const { context, page, errors } = await recordedContext(browser);
    await page.goto(new URL('demo/article.html', appUrl()).href);
    const src = `${originB.url}embed.html#site=sungho-ri&lang=ko&theme=dark&ministry=MSoS`;
    await page.evaluate((url) => {
      const iframe = Object.assign(document.createElement('iframe'), { src: url, name: 'probe', title: 'probe' });
      Object.assign(iframe.style, { width: '640px', height: '520px', border: '0' });
      document.body.prepend(iframe);
    }, src);
    const frame = (await (await page.locator('iframe[name="probe"]').elementHandle())!.contentFrame())!;
    await frameMapReady(frame);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('ko');
    // A 520 px tall frame is compact: the details open in a sheet.
    await expect.poll(() => frame.locator('.details-sheet h2').textContent()).toBe(sungho.name_ko);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await frame.evaluate(() => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.getPaintProperty('bm-sea', 'background-color'))).toBe(basemapTheme.dark.sea);
    const expected = visibleSites(sites, { filters: { ...NO_FILTERS, ministry: ['MSoS'] } }).map((site) => site.id).sort();
    expect(expected.length).toBeLessThan(sites.length);
    expect(await siteIdsIn(frame)).toEqual(expected);
    expect(await frame.locator('.embed-list summary').textContent()).toBe(`시설 (${allSites.length}곳 중 ${expected.length}곳)`);
    expect(await frame.locator('.embed-credits').textContent()).toMatch(/^출처: /);
    const full = new URL((await frame.locator('.embed-footer a').getAttribute('href'))!);
    expect(full.pathname).toBe('/index.html');
    expect(full.hash).toMatch(/&site=sungho-ri&ministry=MSoS&lang=ko$/);
    await page.screenshot({ path: 'test-results/embed-options-dark-ko.png' });
    // The list's entries are built when the reader first opens it, then follow what the map shows.
    const entries = () => frame.locator('.embed-list .site-entry').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.id).sort());
    expect(await entries()).toEqual([]);
    await frame.locator('.embed-list summary').click();
    expect(await entries()).toEqual(expected);
    await frame.evaluate(() => (location.hash = '#lang=ko&ministry=MSS'));
    await expect.poll(entries).toEqual(sites.filter((site) => site.ministry === 'MSS').map((site) => site.id).sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the reader’s colour scheme with theme=auto, and hides the list with controls=0', async () => {
    const { context, page, errors } = await recordedContext(browser, { colorScheme: 'dark' });
    await page.setViewportSize({ width: 480, height: 520 });
    await page.goto(`${originB.url}embed.html#theme=auto&controls=0`);
    await frameMapReady(page);
    const sea = () => page.evaluate(() => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.getPaintProperty('bm-sea', 'background-color'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await sea()).toBe(basemapTheme.dark.sea);
    expect(await page.locator('.embed-list').isHidden()).toBe(true);
    expect(await page.locator('.maplibregl-ctrl-fullscreen').count()).toBe(1);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await sea()).toBe(basemapTheme.light.sea);
    // The host may change the hash without reloading the frame.
    await page.evaluate(() => (location.hash = '#theme=dark&ministry=MSS'));
    await expect.poll(() => sea()).toBe(basemapTheme.dark.sea);
    await expect.poll(() => siteIdsIn(page)).toEqual(sites.filter((site) => site.ministry === 'MSS').map((site) => site.id).sort());
    expect(await page.locator('.embed-list').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the map and the picture over it at one size from the first paint on a phone, with the footer the build wrote', async () => {
    const { context, page, errors } = await recordedContext(browser);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.addInitScript(() => {
      const heights: number[] = [];
      Object.assign(window, { mapHeights: heights });
      document.addEventListener('DOMContentLoaded', () => new ResizeObserver(([entry]) => heights.push(entry!.contentRect.height)).observe(document.getElementById('map')!));
    });
    await page.goto(`${originB.url}embed.html`);
    await frameMapReady(page);
    expect(await page.evaluate(() => (window as unknown as { mapHeights: number[] }).mapHeights)).toHaveLength(1);
    // The footer of the page as served names the publishers the page names once it has the data.
    const served = await (await page.request.get(`${originB.url}embed.html`)).text();
    const credits = await page.locator('.embed-credits').textContent();
    expect(credits).toMatch(/^Sources: .+ and \d+ more\. Data: CC BY 4\.0/);
    expect(served).toContain(`<span class="embed-sources">${credits!.slice(0, credits!.indexOf(' more.') + ' more.'.length).replace(/&/g, '&amp;')}</span>`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the picture over the map alone, and the credits beside it, before the map’s code arrives', async () => {
    const { context, page } = await recordedContext(browser);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.route(/\/assets\/camp-map-[^/]+\.js$/, () => undefined); // held back, as on a slow connection
    await page.goto(`${originB.url}embed.html`);
    const picture = page.locator('#map > svg.map-placeholder');
    expect(await picture.boundingBox()).toEqual(await page.locator('#map').boundingBox());
    const uncovered = await page.locator('.embed-credits').evaluate((credits) => {
      const { left, top, width, height } = credits.getBoundingClientRect();
      return credits.contains(document.elementFromPoint(left + width / 2, top + height / 2));
    });
    expect(uncovered, 'the credits are not under the picture').toBe(true);
    await context.close();
  });

  it('follows a link its host changed while it was starting, before it listened for links', async () => {
    const { context, page, errors } = await recordedContext(browser);
    // The embed listens for its link once it has the sites: hold them back until the link has changed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/[^/]+\.geojson$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${originB.url}embed.html#site=sungho-ri`);
    // Its map is made once it has read the link.
    await page.locator('.maplibregl-canvas').waitFor({ state: 'attached' });
    await page.evaluate(() => (location.hash = '#site=sungho-ri&lang=ko'));
    release();
    // A new language reloads the embed, in Korean.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe('ko');
    await frameMapReady(page);
    expect(await page.locator('.embed-credits').textContent()).toMatch(/^출처/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('paints the picture and the credits in one first paint, even when its parser stalls between them', async () => {
    const { context, page, errors } = await recordedContext(browser);
    // A script that keeps the parser waiting, between the picture and the credits.
    await page.route(/\/embed\.html$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<footer', '<script src="stall.js"></script><footer') });
    });
    await page.route(/\/stall\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.addInitScript(() => {
      const largest: { time: number; element: string }[] = [];
      Object.assign(window, { largest });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LargestContentfulPaint[]) largest.push({ time: entry.startTime, element: entry.element?.className ?? '' });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${originB.url}embed.html`);
    await frameMapReady(page);
    const { first, largest } = await page.evaluate(() => ({
      first: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      largest: (window as unknown as { largest: { time: number; element: string }[] }).largest,
    }));
    expect(largest.map(({ element }) => element)).toEqual(['embed-credits']);
    expect(largest[0]!.time).toBe(first);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks for the map’s code only once its first paint is on screen', async () => {
    const { context, page, errors } = await recordedContext(browser);
    await holdStylesheet(page);
    await page.goto(`${originB.url}embed.html`);
    await frameMapReady(page);
    // Fetched before, MapLibre's megabyte was compiled as it arrived, on the CPU drawing that paint (src/embed/main.ts).
    const { firstPaint, mapCode } = await firstPaintAndMapCode(page);
    expect(mapCode).toBeGreaterThan(firstPaint);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fills the fixed height of a plain iframe, without the script', async () => {
    const { context, page, errors } = await recordedContext(browser);
    await page.goto(new URL('demo/article.html', appUrl()).href);
    const iframe = page.locator('iframe.demo-iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frameMapReady(frame);
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(500);
    const layout = await frame.evaluate(() => ({
      root: document.getElementById('embed')!.getBoundingClientRect().height,
      map: document.getElementById('map')!.getBoundingClientRect().height,
      footer: document.querySelector('.embed-footer')!.getBoundingClientRect().bottom,
    }));
    expect(layout.root).toBe(500);
    expect(layout.map).toBeGreaterThan(350);
    expect(layout.footer).toBeLessThanOrEqual(500);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: 'test-results/embed-plain-iframe.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the static preview and the loader', () => {

  it('is generated by the build, with one mark per site of the default layers', () => {
    expect(existsSync('public/preview.svg')).toBe(false); // never a checked-in copy that could go stale
    const svg = readFileSync('dist-test/preview.svg', 'utf8');
    expect(markCount(svg)).toBe(shownSites.length);
    expect(svg).toContain(`with ${shownSites.length} reported prison camps`);
  });

  it('stays under 30 KB gzipped, loader and preview together', () => {
    const sizes = Object.fromEntries(
      ['embed.js', 'preview.svg'].map((file) => {
        const bytes = readFileSync(`dist-test/${file}`);
        return [file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
      }),
    );
    console.info('embed sizes (bytes):', JSON.stringify(sizes));
    expect((sizes['embed.js']?.gzip ?? Infinity) + (sizes['preview.svg']?.gzip ?? Infinity)).toBeLessThan(30 * 1024);
    expect(readFileSync('dist-test/embed.js', 'utf8')).not.toMatch(/maplibre/i);
  });
});
