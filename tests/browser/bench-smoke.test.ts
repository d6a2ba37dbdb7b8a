/** One quick pass of `npm run bench`: every figure the issue asks for lands in the JSON. Says nothing about speed. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { QUICK_TBT_WINDOW_MS } from '../../scripts/bench/phone.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spreadKeys = ['max', 'median', 'min', 'n'];

it('npm run bench -- --runs 1 --quick writes every expected key', async () => {
  const out = join(dir, 'bench.json');
  const code = await new Promise<number | null>((done) => {
    const child = spawn('npx', ['tsx', 'scripts/bench/run.ts', '--runs', '1', '--quick', '--out', out], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.resume();
    child.on('close', done);
  });
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8'));

  expect(Object.keys(report).sort()).toEqual(['budgets', 'embed', 'meta', 'pages', 'phone', 'ratios', 'respond', 'scale', 'validation']);
  expect(report.meta).toMatchObject({ runs: 1, quick: true });
  expect(Object.keys(report.pages).sort()).toEqual(['app', 'app-100', 'leaflet', 'maplibre']);
  // The headline pair runs in twice the rounds.
  expect(Object.fromEntries(Object.entries<{ runs: unknown[] }>(report.pages).map(([id, page]) => [id, page.runs.length]))).toEqual({ app: 2, maplibre: 2, leaflet: 1, 'app-100': 1 });
  for (const page of Object.values<{ runs: unknown[]; summary: Record<string, Record<string, unknown>> }>(report.pages)) {
    expect(Object.keys(page.summary).sort()).toEqual(['bytes', 'fcp', 'firstUseful', 'heapUsed', 'listPainted', 'mapReady', 'notReady', 'panFps', 'panWorstFrameMs', 'previewPainted', 'requests']);
    expect(Object.keys(page.summary.bytes!).sort()).toEqual(['css', 'data', 'fonts', 'js', 'other', 'total']);
    expect(Object.keys(page.summary.mapReady!).sort()).toEqual(spreadKeys);
    expect(page.runs[0]).toHaveProperty('thirdParty');
    expect(page.runs[0]).toHaveProperty('errors');
  }
  expect(Object.keys(report.ratios).sort()).toEqual([
    'appFirstUsefulOverLeafletReady',
    'appOverLeafletReady',
    'appOverMaplibreBytes',
    'appOverMaplibreJs',
    'appOverMaplibreReady',
    'phoneAppOverLeafletLcp',
    'phoneAppOverMaplibreTbt',
    'phoneEmbedOverMaplibreTbt',
  ]);
  // The phone profile: every page once, cold, and the full map's second visit.
  expect(report.phone.profile).toMatchObject({ width: 375, height: 740, cpuSlowdown: 4, tbtWindowMs: QUICK_TBT_WINDOW_MS });
  expect(Object.keys(report.phone.pages).sort()).toEqual(['app', 'embed', 'leaflet', 'maplibre', 'repeat']);
  // The app, the embed and Leaflet, whose largest paints are weighed, once more for those alone.
  expect(report.phone.paintRounds).toBe(2);
  expect(Object.fromEntries(Object.entries<{ paints: unknown[] }>(report.phone.pages).map(([id, page]) => [id, page.paints.length]))).toEqual({ app: 1, embed: 1, leaflet: 1, maplibre: 0, repeat: 0 });
  expect(report.phone.pages.app.summary.lcp.n).toBe(2);
  for (const page of Object.values<{ runs: unknown[]; summary: Record<string, unknown> }>(report.phone.pages)) {
    expect(page.runs).toHaveLength(1);
    expect(Object.keys(page.summary).sort()).toEqual(['bytes', 'fcp', 'lcp', 'longTasks', 'longestTask', 'mapReady', 'notReady', 'previewPainted', 'requests', 'tbt']);
    expect(Object.keys(page.summary.tbt!).sort()).toEqual(spreadKeys);
  }
  expect(report.phone.pages.app.summary.tbt.n).toBe(1);
  expect(report.respond.inputs.n).toBeGreaterThan(0);
  expect(report.scale.map((entry: { sites: number }) => entry.sites)).toEqual([100]);
  expect(report.scale[0]).toHaveProperty('heapUsed.median');
  expect(report.validation[0]).toHaveProperty('featuresPerSecond');
  expect(Object.keys(report.validation[0].microsPerFeature).sort()).toEqual(['place', 'schema', 'structure', 'total']);
  expect(report.embed).toHaveProperty('skipped');
  expect(report.budgets.map((budget: { id: string }) => budget.id)).toEqual([
    'first-useful-vs-leaflet',
    'ready-vs-maplibre',
    'scale-10000-vs-100',
    'js-vs-maplibre',
    'no-third-party',
    'phone-tbt-app',
    'phone-lcp-app',
    'phone-first-paint-app',
    'phone-ready-app',
    'phone-tbt-embed',
    'phone-lcp-embed',
    'phone-first-paint-embed',
    'phone-ready-embed',
    'filter-response',
    'validation-throughput',
  ]);
  for (const budget of report.budgets) expect(['HELD', 'MISSED', 'NOT MEASURED']).toContain(budget.status);
  // The phone LCPs, two medians a few ms apart, come with the interval of their difference.
  for (const id of ['phone-lcp-app', 'phone-lcp-embed']) {
    const { interval } = report.budgets.find((budget: { id: string }) => budget.id === id);
    expect(interval.low, id).toBeLessThanOrEqual(interval.difference);
    expect(interval.high, id).toBeGreaterThanOrEqual(interval.difference);
  }
}, 300_000);
