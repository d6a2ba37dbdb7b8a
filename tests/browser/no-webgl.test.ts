/**
 * Without WebGL the page still serves its purpose: the list, a static preview of the sites,
 * and one sentence saying why there is no interactive map. Never a blank box or an error.
 */
import { shownSites } from './data.ts';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, openPage } from './harness.ts';

const camps = { features: shownSites.map((site) => ({ properties: site })) };
const SENTENCE = 'This browser cannot draw the interactive map (WebGL is unavailable). All sites are listed here.';

let noWebGL: Browser;
let browser: Browser;
beforeAll(async () => {
  noWebGL = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
  browser = await launch();
});
afterAll(async () => {
  await noWebGL?.close();
  await browser?.close();
});

/** Makes the map's own canvas refuse a WebGL2 context, now or once `window.denyMapWebGL` is set. */
function refuseMapContext(from: 'start' | 'later') {
  return (context: BrowserContext) =>
    context.addInitScript((now) => {
      const state = window as unknown as { denyMapWebGL?: boolean };
      state.denyMapWebGL = now;
      const getContext = HTMLCanvasElement.prototype.getContext;
      // A stand-in with the same signature; only the map's canvas, and only WebGL2, is refused.
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
        if (type === 'webgl2' && state.denyMapWebGL && this.classList.contains('maplibregl-canvas')) return null;
        return getContext.call(this, type, options);
      } as typeof getContext;
    }, from === 'start');
}

async function expectPreview(page: import('playwright-core').Page): Promise<void> {
  await expect.poll(() => page.locator('#map').getByText(SENTENCE).count()).toBe(1);
  const preview = page.locator('#map svg[role="img"]');
  await expect.poll(() => preview.locator('.preview-site').count()).toBe(camps.features.length);
  expect(await preview.getAttribute('aria-label')).toBe(`Static map of ${camps.features.length} sites in North Korea; every site is in the list.`);
  expect(await preview.locator('.preview-land').count()).toBe(1);
  expect((await preview.locator('title').allTextContents()).sort()).toEqual(camps.features.map((f) => f.properties.name).sort());
  expect(await page.locator('.site-list').getByRole('button').count()).toBe(camps.features.length);
  expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
}

describe('a browser without WebGL', () => {
  it('really has none', async () => {
    const { page } = await openPage(noWebGL);
    const contexts = await page.evaluate(() => ['webgl2', 'webgl', 'experimental-webgl'].map((type) => document.createElement('canvas').getContext(type) !== null));
    expect(contexts).toEqual([false, false, false]);
  });

  it('shows the list, a static preview and one clear sentence, and the chosen site beside the preview', async () => {
    const sungho = camps.features.find((f) => f.properties.id.includes('sungho'))!.properties;
    const { page, errors } = await openPage(noWebGL);
    await expectPreview(page);
    await page.locator(`.site-list button[data-id="${sungho.id}"]`).click();
    await expect.poll(() => page.locator('#map .site-details h2').textContent()).toBe(sungho.name);
    expect(await page.locator(`#map .preview-site.selected`).getAttribute('data-id')).toBe(sungho.id);
    expect(await page.evaluate(() => location.hash)).toContain(`site=${sungho.id}`);
    await page.screenshot({ path: 'test-results/no-webgl.png' });
    expect(errors).toEqual([]);
  });

  it('says so in Korean for a Korean reader', async () => {
    const { page, errors } = await openPage(noWebGL, './#lang=ko');
    await expect.poll(() => page.locator('#map p').first().textContent()).toBe('이 브라우저는 대화형 지도를 그릴 수 없습니다 (WebGL을 사용할 수 없음). 모든 시설이 여기 목록에 있습니다.');
    expect(errors).toEqual([]);
  });
});

describe('a browser that has WebGL but cannot give the map a context', () => {
  it('falls back to the preview when the map cannot be created', async () => {
    const { page, errors } = await openPage(browser, '', { setup: refuseMapContext('start') });
    await expectPreview(page);
    expect(errors).toEqual([]);
  });

  it('falls back to the preview, keeping the open site, when a lost context cannot be restored', async () => {
    const sungho = camps.features.find((f) => f.properties.id.includes('sungho'))!.properties;
    const { page, errors } = await openPage(browser, `./#site=${sungho.id}`, { setup: refuseMapContext('later') });
    await mapReady(page);
    await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      const lose = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { denyMapWebGL: boolean }).denyMapWebGL = true;
      lose.loseContext();
      await new Promise((resolve) => setTimeout(resolve, 100));
      lose.restoreContext();
    });
    await expectPreview(page);
    expect(await page.locator('#map .site-details h2').textContent()).toBe(sungho.name);
    expect(errors).toEqual([]);
  });
});
