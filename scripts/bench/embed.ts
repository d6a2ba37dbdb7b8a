/**
 * The embed hook: once a build has `demo/article.html` (a news article with the map embedded),
 * what the embed costs the host page: bytes before the reader scrolls, and the article's LCP
 * with the embed and with it blocked. Skips with a note while no such page exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../lib/static-server.ts';
import { tally } from './measure.ts';
import { spread, type Spread } from './stats.ts';

export const EMBED_PAGE = 'demo/article.html';

export type EmbedResult =
  | { skipped: true; note: string }
  | {
      skipped: false;
      page: string;
      withEmbed: { lcp: Spread; bytesBeforeScroll: Spread };
      withoutEmbed: { lcp: Spread; bytesBeforeScroll: Spread };
    };

/** Keeps the latest largest-contentful-paint candidate in `window.__lcp`. */
const LCP_PROBE = `
  window.__lcp = NaN;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

async function loadArticle(browser: Browser, server: StaticServer, url: string, blockEmbed: boolean): Promise<{ lcp: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    await context.addInitScript({ content: LCP_PROBE });
    const page = await context.newPage();
    // The embed is an iframe: blocking every navigation but the article's own leaves the article alone.
    if (blockEmbed) {
      await page.route('**/*', (route) =>
        route.request().isNavigationRequest() && route.request().frame() !== page.mainFrame() ? route.abort() : route.continue(),
      );
    }
    server.takeLog();
    await page.goto(url, { waitUntil: 'networkidle' });
    const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    return { lcp, bytes: tally(server.takeLog()).total };
  } finally {
    await context.close();
  }
}

/**
 * Measures `demo/article.html` of the app build in `appDir`, served at `appUrl`, `runs` times
 * each way, interleaved; or says why it could not.
 */
export async function measureEmbed(browser: Browser, server: StaticServer, appDir: string, appUrl: string, runs: number): Promise<EmbedResult> {
  if (!existsSync(join(appDir, EMBED_PAGE))) {
    return { skipped: true, note: `the build has no ${EMBED_PAGE} yet (the embed is not on this branch): nothing to measure` };
  }
  const url = new URL(EMBED_PAGE, appUrl).href;
  const withEmbed: { lcp: number; bytes: number }[] = [];
  const withoutEmbed: { lcp: number; bytes: number }[] = [];
  for (let run = 0; run < runs; run++) {
    withEmbed.push(await loadArticle(browser, server, url, false));
    withoutEmbed.push(await loadArticle(browser, server, url, true));
  }
  const summary = (loads: { lcp: number; bytes: number }[]) => ({
    lcp: spread(loads.map((load) => load.lcp)),
    bytesBeforeScroll: spread(loads.map((load) => load.bytes)),
  });
  return { skipped: false, page: EMBED_PAGE, withEmbed: summary(withEmbed), withoutEmbed: summary(withoutEmbed) };
}
