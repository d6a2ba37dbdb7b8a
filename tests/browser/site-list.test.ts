import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LIST_PAGE } from '../../src/ui/site-list.ts';
import { DENSE_SITES } from './global-setup.ts';
import { launch, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DENSE = './?data=fixtures/dense/camps.geojson';
// The dense fixture's names number the sites, "Generated site 000001" on, so they sort in that order.
const nameOf = (n: number) => `Generated site ${String(n).padStart(6, '0')}`;

it('lists a long dataset a page at a time, and the next page from a button that keyboard focus follows', async () => {
  const { page } = await openPage(browser, DENSE);
  const entries = page.locator('.site-list li');
  await expect.poll(() => entries.count()).toBe(LIST_PAGE);
  expect(await page.locator('.site-count').textContent()).toBe(`${DENSE_SITES} of ${DENSE_SITES} sites`);
  const more = page.locator('.show-more');
  expect(await more.textContent()).toBe(`Show ${LIST_PAGE} more (${(DENSE_SITES - LIST_PAGE).toLocaleString('en')} not listed yet)`);

  await more.focus();
  await page.keyboard.press('Enter');
  expect(await entries.count()).toBe(2 * LIST_PAGE);
  expect(await page.evaluate(() => document.activeElement?.querySelector('.site-name')?.textContent)).toBe(nameOf(LIST_PAGE + 1));

  // Every site stays reachable: the search looks through all of them, not the listed ones.
  await page.getByLabel('Search sites').fill(nameOf(DENSE_SITES));
  await expect.poll(() => entries.count()).toBeLessThan(LIST_PAGE);
  expect(await page.locator('.site-name').allTextContents()).toContain(nameOf(DENSE_SITES));
  expect(await more.isHidden()).toBe(true);
});

it('lists a linked site however far down it sorts, with every entry before it', async () => {
  const { page } = await openPage(browser, `${DENSE}#site=generated-${String(DENSE_SITES).padStart(6, '0')}`);
  const entries = page.locator('.site-list li');
  await expect.poll(() => entries.count()).toBe(DENSE_SITES);
  expect(await page.locator('.site-entry[aria-pressed="true"] .site-name').textContent()).toBe(nameOf(DENSE_SITES));
  expect(await page.locator('.show-more').isHidden()).toBe(true);
});
