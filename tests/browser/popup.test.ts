/**
 * What a specialist needs of one site, in its popup: the first report with its source and the
 * date in words, the evidence in a line, each source's kind and caveat, and an archived copy.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSites } from './data.ts';
import { launch, mapReady, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const camp22 = allSites.find((site) => site.id === 'kwanliso-22-hoeryong')!;
const firstSource = camp22.sources.find((source) => source.url === camp22.first_reported.source)!;

describe('a site\'s popup', () => {
  it('gives the first report in words with its source, the evidence, kinds, caveats and archive links', async () => {
    const { page } = await openPage(browser, `./#site=${camp22.id}`);
    await mapReady(page);
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.locator('h2').textContent()).toBe(camp22.name);
    const firstReported = popup.locator('dt', { hasText: 'First reported' }).locator('xpath=following-sibling::dd[1]');
    expect(await firstReported.textContent()).toMatch(/^March 1995 \[/);
    expect(await firstReported.locator('a').getAttribute('href')).toBe(firstSource.url);
    expect(await popup.locator('.evidence').textContent()).toMatch(/^Evidence: satellite imagery, testimony, official reports/);
    expect(await popup.locator('.source-kind').allTextContents()).toContain('Testimony');
    expect(await popup.locator('.source-note').first().textContent()).toBeTruthy();
    const archive = popup.locator('a', { hasText: 'look for an archived copy' }).first();
    expect(await archive.getAttribute('href')).toMatch(/^https:\/\/web\.archive\.org\/web\/\*\/https?:\/\//);
    expect(await popup.locator('.external-ids a', { hasText: 'Wikidata' }).getAttribute('href')).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
    await page.screenshot({ path: 'test-results/popup-camp-22.png' });
  });

  it('writes dates and kinds in Korean', async () => {
    const { page } = await openPage(browser, `./#site=${camp22.id}&lang=ko`);
    await mapReady(page);
    const popup = page.locator('.maplibregl-popup');
    const firstReported = popup.locator('dt', { hasText: '최초 보도' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => firstReported.textContent()).toMatch(/^1995년 3월 \[/);
    expect(await popup.locator('.source-kind').allTextContents()).toContain('증언');
    expect(await popup.locator('.evidence').textContent()).toMatch(/^근거: 위성사진 분석, 증언/);
    await page.screenshot({ path: 'test-results/popup-camp-22-ko.png' });
  });

  it('says when a Korean name is our transliteration', async () => {
    const transliterated = allSites.find((site) => site.name_ko_source === 'transliteration' && site.layer === 'kwanliso')!;
    const { page } = await openPage(browser, `./#site=${transliterated.id}`);
    await mapReady(page);
    await expect.poll(() => page.locator('.maplibregl-popup .transliterated').textContent()).toBe('The Korean name is our transliteration, not read in a source.');
  });
});
