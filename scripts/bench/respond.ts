/**
 * Issue #13: search, filters and the list respond within one frame (16 ms) on the real data. In
 * the app with every layer on (all the sites), once it is ready: from each input (a letter typed
 * into the search, a filter in the link) until the list and the map's data are updated, timed in
 * the page between two performance marks. The map's worker then tiles the new data on its own
 * thread; that is not the page's response.
 */
import type { Browser } from 'playwright-core';
import { LAYERS } from '../../src/data/vocabulary.ts';
import { spread, type Spread } from './stats.ts';

/** Every layer on, so every site is filtered and listed. */
export const RESPOND_HASH = `#layers=${LAYERS.join(',')}`;
export const FRAME_MS = 16;

export interface RespondResult {
  /** Every input's response in every run, ms. */
  inputs: Spread;
  runs: number[][];
}

/**
 * The inputs, as a string so tsx adds no helper the page lacks: typing and clearing two searches,
 * then three filters through the link, each after the page has painted the last.
 */
const INPUTS = (hash: string) => `(async () => {
  const input = document.querySelector('#site-search');
  if (!input) throw new Error('invalid page: no #site-search');
  // As a reader does: the page folds the names for the search when the search gets the focus.
  input.focus();
  const settled = () => new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const times = [];
  const timed = (start) => times.push(performance.measure('respond', start).duration);
  for (const query of ['k', 'ky', 'kyo', 'kyoh', 'kyo', '', 'c', 'ch', 'cho', '']) {
    const start = performance.mark('respond-start');
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    timed(start.name);
    await painted();
  }
  // The list's count is rewritten in the pass that hands the map its data: its change marks the
  // response, whichever event the page took the new link from.
  const count = document.querySelector('.site-count');
  if (!count) throw new Error('invalid page: no .site-count');
  for (const filters of ['&ministry=MSS', '&ministry=MSS,MSoS&status=operating', '&type=kyohwaso', '']) {
    const start = performance.mark('respond-start');
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        settled().then(resolve);
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    });
    location.hash = ${JSON.stringify(hash)} + filters;
    await done;
    timed(start.name);
    await painted();
  }
  return times;
})()`;

/** Loads `url` (the app with RESPOND_HASH) `runs` times and times the inputs once it is ready. */
export async function measureResponse(browser: Browser, url: string, runs: number, sites: number, timeoutMs: number): Promise<RespondResult> {
  const all: number[][] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction((count) => performance.getEntriesByName('map-ready').length > 0 && document.querySelectorAll('.site-list li').length >= count, sites, {
        timeout: timeoutMs,
        polling: 100,
      });
      all.push(await page.evaluate<number[]>(INPUTS(new URL(url).hash)));
    } finally {
      await context.close();
    }
  }
  return { inputs: spread(all.flat()), runs: all };
}
