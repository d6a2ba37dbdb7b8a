/**
 * The phone profile (issue #16): a 375×740 screen, the CPU slowed 4× through the DevTools
 * protocol, cold loads. What a phone reader feels: first and largest contentful paint, total
 * blocking time, long tasks and map-ready, and, for the full map, a second visit served by its
 * service worker.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from '../lib/static-server.ts';
import { PICTURE_PROBE } from './picture.ts';
import { spread, type Spread } from './stats.ts';

/** As Lighthouse's mobile preset assumes of a mid-range phone. */
export const PHONE = { width: 375, height: 740, deviceScaleFactor: 1, cpuSlowdown: 4 } as const;
/** Total blocking time counts long tasks up to this many ms after navigation. */
export const TBT_WINDOW_MS = 10_000;
/** The window of a quick pass (`--quick`), which checks that every figure is produced, not what it is. */
export const QUICK_TBT_WINDOW_MS = 3_000;
/** A task longer than this blocks input; only the time beyond it counts. */
const LONG_TASK_MS = 50;

export interface PhoneRun {
  fcp: number;
  lcp: number;
  /** Long-task time beyond 50 ms each, from FCP to the end of the window (10 s after navigation). */
  tbt: number;
  /** Long tasks in that window, and the longest. */
  longTasks: number;
  longestTask: number;
  /** The `map-ready` mark, or null if it never came within the timeout. */
  mapReady: number | null;
  /** When the picture of every site painted (picture.ts), if the page has one. */
  previewPainted: number | null;
  /** Requests that reached the server: on a second visit, what the service worker did not serve. */
  requests: number;
  bytes: number;
  errors: string[];
}

/** Long tasks and LCP candidates as they happen, in `window.__phone`; the picture's paint in `window.__picture` (picture.ts). */
const PROBE = `
  window.__phone = { tasks: [], lcp: NaN };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__phone.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__phone.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
${PICTURE_PROBE}`;

/**
 * Total blocking time of `tasks` ([start, duration] in ms) between `from` and `to`: each task's
 * part inside the window, less 50 ms, as Lighthouse counts it.
 * @example totalBlockingTime([[100, 120], [400, 40]], 150, 10_000) // 20: 70 ms after FCP, less 50
 */
export function totalBlockingTime(tasks: readonly (readonly [number, number])[], from: number, to: number): number {
  return tasks.reduce((sum, [start, duration]) => sum + Math.max(0, Math.min(start + duration, to) - Math.max(start, from) - LONG_TASK_MS), 0);
}

/** @param keeps whether the page may install its service worker: a cold load measures the page's own load, without the offline copy it fetches after the map is ready */
export async function phoneContext(browser: Browser, keeps: boolean): Promise<BrowserContext> {
  const { width, height, deviceScaleFactor } = PHONE;
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    serviceWorkers: keeps ? 'allow' : 'block',
  });
  await context.addInitScript({ content: PROBE });
  return context;
}

export interface PhoneLoadOptions {
  /** How long to wait for map-ready at most. */
  timeoutMs: number;
  /** The blocking-time window, in ms after navigation: TBT_WINDOW_MS, or QUICK_TBT_WINDOW_MS. */
  windowMs: number;
}

/**
 * Loads `url` in `page` with the CPU slowed, waits out the blocking-time window (and map-ready,
 * up to `timeoutMs`), and reads the figures. The server's log gives what went over the network.
 */
export async function phoneLoad(page: Page, server: StaticServer, url: string, { timeoutMs, windowMs }: PhoneLoadOptions): Promise<PhoneRun> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  server.takeLog();
  await page.goto(url);
  await page
    .waitForFunction((window) => performance.now() >= window && performance.getEntriesByName('map-ready').length > 0, windowMs, { timeout: timeoutMs, polling: 250 })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    });
  const seen = await page.evaluate(() => {
    const { __phone: probe, __picture: picture } = window as unknown as { __phone: { tasks: [number, number][]; lcp: number }; __picture: number | null };
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      mapReady: performance.getEntriesByName('map-ready')[0]?.startTime ?? null,
      lcp: probe.lcp,
      tasks: probe.tasks,
      previewPainted: picture,
    };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const inWindow = seen.tasks.filter(([start, duration]) => start + duration > seen.fcp && start < windowMs);
  const log = server.takeLog();
  return {
    fcp: seen.fcp,
    lcp: seen.lcp,
    tbt: totalBlockingTime(seen.tasks, seen.fcp, windowMs),
    longTasks: inWindow.length,
    longestTask: Math.max(0, ...inWindow.map(([, duration]) => duration)),
    mapReady: seen.mapReady,
    previewPainted: seen.previewPainted,
    requests: log.length,
    bytes: log.reduce((sum, sent) => sum + sent.bytes, 0),
    errors,
  };
}

/** A first visit in a fresh context: nothing cached, no service worker. */
export async function coldPhoneLoad(browser: Browser, server: StaticServer, url: string, options: PhoneLoadOptions): Promise<PhoneRun> {
  const context = await phoneContext(browser, false);
  try {
    return await phoneLoad(await context.newPage(), server, url, options);
  } finally {
    await context.close();
  }
}

/**
 * A second visit: one load to install whatever the page keeps (its service worker and its
 * cache, the HTTP cache), then a new tab in the same profile, measured.
 */
export async function repeatPhoneLoad(browser: Browser, server: StaticServer, url: string, options: PhoneLoadOptions): Promise<PhoneRun> {
  const { timeoutMs } = options;
  const context = await phoneContext(browser, true);
  try {
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, { timeout: timeoutMs, polling: 250 });
    // The worker installs after the map is ready; the page says when it has everything cached.
    await first
      .waitForFunction(() => document.documentElement.dataset.offline === 'ready', undefined, { timeout: timeoutMs, polling: 250 })
      .catch(() => undefined);
    await first.close();
    return await phoneLoad(await context.newPage(), server, url, options);
  } finally {
    await context.close();
  }
}

/** What a load that reads only the paints gives (measurePhone's `paintRounds`). */
export type PaintRun = Pick<PhoneRun, 'fcp' | 'lcp' | 'previewPainted'>;

/** Every load that read the paints: the full loads, then the paint-only ones. */
export function paintLoads(runs: readonly PhoneRun[], paints: readonly PaintRun[]): PaintRun[] {
  return [...runs, ...paints];
}

export interface PhoneSummary {
  fcp: Spread;
  lcp: Spread;
  tbt: Spread;
  longTasks: Spread;
  longestTask: Spread;
  mapReady: Spread;
  previewPainted: Spread;
  requests: Spread;
  bytes: Spread;
  /** Runs whose map never got ready within the timeout. */
  notReady: number;
}

/** Median, min and max of every figure over a page's phone runs; the paints over its paint-only loads too. */
export function summarisePhone(runs: readonly PhoneRun[], paints: readonly PaintRun[] = []): PhoneSummary {
  const of = (pick: (run: PhoneRun) => number | null) => spread(runs.map(pick));
  const painted = (pick: (run: PaintRun) => number | null) => spread(paintLoads(runs, paints).map(pick));
  return {
    fcp: painted((run) => run.fcp),
    lcp: painted((run) => run.lcp),
    tbt: of((run) => run.tbt),
    longTasks: of((run) => run.longTasks),
    longestTask: of((run) => run.longestTask),
    mapReady: of((run) => run.mapReady),
    previewPainted: painted((run) => run.previewPainted),
    requests: of((run) => run.requests),
    bytes: of((run) => run.bytes),
    notReady: runs.filter((run) => run.mapReady === null).length,
  };
}

export interface PhonePage {
  id: string;
  label: string;
  /** Path under the benchmark server. */
  path: string;
  /** A second visit in the same profile rather than a first. */
  repeat?: boolean;
  /**
   * Rounds in all for its paints, the full ones first and then cold loads that stop at map-ready
   * and read only the paints (FCP, LCP, the picture): their budget compares two pages whose
   * medians lie some 30 ms apart, while one load varies by ±100 ms.
   */
  paintRounds?: number;
}

export interface PhoneResult extends PhonePage {
  runs: PhoneRun[];
  paints: PaintRun[];
  summary: PhoneSummary;
}

/**
 * Every page `rounds` times, interleaved and rotated as the desktop runs are, so drift on a
 * shared machine hits every page alike.
 */
export async function measurePhone(
  browser: Browser,
  server: StaticServer,
  pages: readonly PhonePage[],
  rounds: number,
  options: PhoneLoadOptions,
  log: (message: string) => void,
): Promise<PhoneResult[]> {
  const runs = new Map<string, PhoneRun[]>(pages.map((page) => [page.id, []]));
  const paints = new Map<string, PaintRun[]>(pages.map((page) => [page.id, []]));
  const total = Math.max(rounds, ...pages.map((page) => page.paintRounds ?? 0));
  for (let round = 1; round <= total; round++) {
    const order = pages.map((_, i) => pages[(i + round - 1) % pages.length] as PhonePage);
    for (const page of order) {
      const url = new URL(page.path, server.url).href;
      if (round <= rounds) {
        log(`phone run ${round}/${rounds}: ${page.label}`);
        runs.get(page.id)?.push(await (page.repeat ? repeatPhoneLoad : coldPhoneLoad)(browser, server, url, options));
      } else if (round <= (page.paintRounds ?? 0)) {
        log(`phone paints ${round}/${total}: ${page.label}`);
        const { fcp, lcp, previewPainted } = await coldPhoneLoad(browser, server, url, { ...options, windowMs: 0 });
        paints.get(page.id)?.push({ fcp, lcp, previewPainted });
      }
    }
  }
  return pages.map((page) => {
    const done = runs.get(page.id) ?? [];
    const painted = paints.get(page.id) ?? [];
    return { ...page, runs: done, paints: painted, summary: summarisePhone(done, painted) };
  });
}
