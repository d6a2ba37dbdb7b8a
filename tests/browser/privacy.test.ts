/**
 * The promises of SECURITY.md, checked in the real built app: a strict Content Security Policy
 * that the app never trips, and no request to any other host however the reader uses the map.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_META } from '../../scripts/lib/csp-plugin.ts';
import { shownSites } from './data.ts';
import { foreignRequests, launch, mapReady, openPage } from './harness.ts';

const camps = shownSites;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens popups from the first few entries of the list, however the list is styled. */
async function openFromList(page: Page, count: number): Promise<void> {
  const entries = page.locator('#panel ul').getByRole('button');
  await entries.first().waitFor();
  for (let index = 0; index < count; index++) {
    await entries.nth(index).click();
    await page.locator('.maplibregl-popup').waitFor();
  }
}

async function clickMarker(page: Page, [lon, lat]: [number, number]): Promise<void> {
  const point = await page.evaluate(([x, y]) => (window as unknown as { campMap: import('maplibre-gl').Map }).campMap.project([x!, y!]), [lon, lat]);
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.locator('.maplibregl-popup').waitFor();
}

describe('Content Security Policy', () => {
  it('is set on the built page, strict, before anything else in <head>', async () => {
    const { page } = await openPage(browser);
    const first = await page.evaluate(() => {
      const meta = document.head.firstElementChild;
      return { equiv: meta?.getAttribute('http-equiv'), content: meta?.getAttribute('content') };
    });
    expect(first).toEqual({ equiv: 'Content-Security-Policy', content: CSP_META });
    expect(await page.evaluate(() => document.querySelector('meta[name="referrer"]')?.getAttribute('content'))).toBe('no-referrer');
  });

  it('is enforced, and a violation is caught by every browser test', async () => {
    const { page, violations } = await openPage(browser);
    await mapReady(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((v) => v.includes('Content Security Policy'))).toBe(true); // the console saw it too
    violations.length = 0; // expected here; the harness would otherwise fail this test
  });
});

describe('privacy', () => {
  it('makes no request to another host while the reader loads, browses the list, clicks the map, switches language and follows links', async () => {
    // The offline copy's downloads count too.
    const { page, requests, errors, open } = await openPage(browser, '', { serviceWorker: true });
    await mapReady(page);
    await openFromList(page, 3);
    await clickMarker(page, camps[0]!.coordinates);
    await page.keyboard.press('Escape');

    const korean = await open('./#lang=ko');
    await mapReady(korean);
    await openFromList(korean, 2);

    const [site, other] = [camps[1]!, camps[2]!];
    for (const hash of [
      `#site=${other.id}&lang=ko`,
      `#map=9/${site.coordinates[1]}/${site.coordinates[0]}&site=${site.id}`,
      '#ministry=MSS&type=kwanliso&q=yodok&year=2020&theme=dark',
    ]) {
      const linked = await open(`./${hash}`);
      await mapReady(linked);
      await linked.close();
    }

    expect(foreignRequests(requests)).toEqual([]);
    // The recorder sees what the map's worker fetches, not only the page: a fair witness.
    expect(requests.some((url) => /\/assets\/maplibre-gl-worker-[\w-]+\.mjs$/.test(url))).toBe(true);
    expect(requests.some((url) => url.endsWith('/basemap/countries.geojson'))).toBe(true);
    expect(requests.filter((url) => url.endsWith('.map'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 150_000);

  it('opens every source link in a new tab without sending the page address', async () => {
    const { page } = await openPage(browser, `./#site=${camps[0]!.id}`);
    await mapReady(page);
    // Every link but the one to the site's own page on this host, which opens in place.
    const links = await page.locator('.maplibregl-popup a:not(.site-page-link a)').evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(['_blank noopener noreferrer']));
    const own = await page.locator('.maplibregl-popup .site-page-link a').getAttribute('href');
    expect(new URL(own!).origin).toBe(new URL(page.url()).origin);
  });
});
