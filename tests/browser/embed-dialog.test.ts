/** The embed-code dialog in the full map: codes for the current view, options, copying, a live preview, the keyboard. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameMapReady } from './embed-helpers.ts';
import { appUrl, launch, mapReady } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openMain(hash: string, permissions: string[] = []): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(appUrl()).origin });
  const page = await context.newPage();
  await page.goto(new URL(`./${hash}`, appUrl()).href);
  await mapReady(page);
  return page;
}

describe('the embed dialog', () => {
  let page: Page;
  let historyLength: number;
  beforeAll(async () => {
    page = await openMain('#map=8/39.5/126.5&site=sungho-ri&ministry=MSoS&year=2021', ['clipboard-read', 'clipboard-write']);
    historyLength = await page.evaluate(() => history.length);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('opens as a labelled modal dialog with both codes for the current view', async () => {
    const button = page.getByRole('button', { name: 'Embed this map' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    // Its code loads at the first click.
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    const origin = new URL(appUrl()).origin;
    const iframeCode = await page.getByLabel('Plain iframe').inputValue();
    // The site, not the producer's own camera: the embed frames the site at its own size.
    expect(iframeCode).toMatch(new RegExp(`^<iframe src="${origin}/embed\\.html#site=sungho-ri&amp;ministry=MSoS&amp;year=2021&amp;lang=en"`));
    expect(iframeCode).toContain('referrerpolicy="no-referrer"');
    const scriptCode = await page.getByLabel('Script:').inputValue();
    expect(scriptCode).toContain(`data-src="${origin}/embed.html#site=sungho-ri`);
    expect(scriptCode).toContain(`<script src="${origin}/embed.js" async></script>`);
    expect(scriptCode).toContain(`<noscript><a href="${origin}/index.html#site=sungho-ri`);
    expect(await page.getByLabel('Plain iframe').getAttribute('readonly')).toBe('');
  });

  it('pins the producer\'s camera only when asked', async () => {
    const keep = page.getByLabel('Keep my current zoom and position');
    expect(await keep.isChecked()).toBe(false);
    await keep.check();
    expect(await page.getByLabel('Plain iframe').inputValue()).toContain('embed.html#map=8/39.5/126.5&amp;site=sungho-ri&amp;');
    expect(await page.getByLabel('Script:').inputValue()).toContain('index.html#map=8/39.5/126.5&amp;site=sungho-ri&amp;');
    await keep.uncheck();
    expect(await page.getByLabel('Plain iframe').inputValue()).not.toContain('map=');
  });

  it('writes the options into both codes and the live preview', async () => {
    await page.getByLabel('Colours').selectOption('dark');
    await page.getByLabel('Show the list of sites').uncheck();
    await page.getByLabel('Language').selectOption('ko');
    await page.getByLabel('Height in pixels').fill('640');
    await page.getByLabel('Height in pixels').dispatchEvent('change');
    const iframeCode = await page.getByLabel('Plain iframe').inputValue();
    expect(iframeCode).toContain('&amp;lang=ko&amp;theme=dark&amp;controls=0"');
    expect(iframeCode).toContain('height="640"');
    expect(await page.getByLabel('Script:').inputValue()).toContain('data-height="640"');
    const preview = page.locator('.embed-dialog-preview');
    const frame = (await (await preview.elementHandle())!.contentFrame())!;
    // The embed adds its own camera (map=) once it has framed the site.
    await expect.poll(() => frame.url()).toContain('embed.html#site=sungho-ri&ministry=MSoS&year=2021&lang=ko&theme=dark&controls=0');
    await frameMapReady(frame);
    // A new language reloads the embed: on a busy machine that takes longer than a poll's default.
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe('ko');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await frame.locator('.embed-list').isHidden()).toBe(true);
    // A change of theme only reaches the preview through its hash: no reload, the same map.
    await frame.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByLabel('Colours').selectOption('light');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await frame.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.screenshot({ path: 'test-results/embed-dialog.png' });
  });

  it('copies a code to the clipboard', async () => {
    await page.getByRole('button', { name: 'Copy', exact: true }).first().click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied.' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('Plain iframe').inputValue());
  });

  it('selects the code instead when the clipboard refuses', async () => {
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await page.getByRole('button', { name: 'Copy', exact: true }).nth(1).click();
    await expect.poll(() => page.locator('.embed-dialog-status').textContent()).toMatch(/^Selected: press Ctrl\+C/);
    const selection = await page.getByLabel('Script:').evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd, area.value.length, document.activeElement === area]);
    expect(selection).toEqual([0, selection[2], selection[2], true]);
  });

  it('keeps focus inside while open, closes on Escape and returns focus to its button', async () => {
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => (document.activeElement?.closest('dialog') ? document.activeElement.tagName : document.activeElement?.tagName ?? 'none'));
      expect(['DIALOG', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'BODY']).toContain(inside); // never the map page behind, never the preview frame
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Embed this map');
    // A closed dialog keeps no second map alive (its 'close' event comes a task after closing).
    await expect.poll(() => page.locator('.embed-dialog-preview').count()).toBe(0);
    // Trying options in the dialog added no step to the page's history.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // Opened again, it shows the embed again.
    await page.locator('.embed-open').click();
    await expect.poll(async () => (await (await page.locator('.embed-dialog-preview').elementHandle())?.contentFrame())?.url()).toMatch(/\/embed\.html#/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.embed-dialog-preview').count()).toBe(0);
  });
});

describe('the embed dialog in Korean', () => {
  it('speaks the page’s language and defaults the embed to it', async () => {
    const page = await openMain('#lang=ko');
    await page.getByRole('button', { name: '이 지도 퍼가기' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: '이 지도 퍼가기' }).isVisible()).toBe(true);
    expect(await page.getByLabel('일반 iframe').inputValue()).toMatch(/embed\.html#lang=ko"/);
    await page.getByRole('button', { name: '닫기' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });
});
