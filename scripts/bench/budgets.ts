/** The performance budgets of issue #7, judged on the medians of one benchmark run. */
import type { ConfigResult } from './results.ts';
import { VALIDATION_GOAL, type ValidationResult } from './validation.ts';

export type BudgetStatus = 'HELD' | 'MISSED' | 'NOT MEASURED';

export interface Budget {
  id: string;
  rule: string;
  /** The measured figure and what it was held against, in words. */
  figure: string;
  status: BudgetStatus;
}

/** Headroom the app's JS may take over MapLibre's own. */
export const JS_ALLOWANCE_BYTES = 40 * 1024;
export const READY_RATIO_LIMIT = 1.15;
export const SCALE_RATIO_LIMIT = 2;

const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

function judge(id: string, rule: string, values: number[], held: () => boolean, figure: () => string): Budget {
  if (values.some((value) => !Number.isFinite(value))) return { id, rule, figure: 'not measured in this run', status: 'NOT MEASURED' };
  return { id, rule, figure: figure(), status: held() ? 'HELD' : 'MISSED' };
}

/**
 * @param configs results by configuration id: `app`, `maplibre`, `leaflet`, `app-100`, `app-10000`
 */
export function evaluateBudgets(configs: Readonly<Record<string, ConfigResult>>, validation: readonly ValidationResult[]): Budget[] {
  const median = (id: string, pick: (result: ConfigResult) => { median: number }) => {
    const result = configs[id];
    return result ? pick(result).median : NaN;
  };
  const appUseful = median('app', (r) => r.summary.firstUseful);
  const appReady = median('app', (r) => r.summary.mapReady);
  const maplibreReady = median('maplibre', (r) => r.summary.mapReady);
  const leafletReady = median('leaflet', (r) => r.summary.mapReady);
  const ready100 = median('app-100', (r) => r.summary.mapReady);
  const ready10k = median('app-10000', (r) => r.summary.mapReady);
  const appJs = median('app', (r) => r.summary.bytes.js);
  const maplibreJs = median('maplibre', (r) => r.summary.bytes.js);
  const thirdParty = Object.values(configs).flatMap((result) => result.runs.flatMap((run) => run.thirdParty));
  const slowest = validation.reduce<ValidationResult | undefined>((worst, v) => (worst && worst.featuresPerSecond <= v.featuresPerSecond ? worst : v), undefined);
  const throughput = slowest?.featuresPerSecond ?? NaN;

  const scale10k = configs['app-10000'];
  const never10k = scale10k !== undefined && scale10k.summary.mapReady.n === 0;
  return [
    judge('first-useful-vs-leaflet', "app first useful paint ≤ the Leaflet page's time to ready", [appUseful, leafletReady], () => appUseful <= leafletReady, () => `${ms(appUseful)} vs Leaflet ${ms(leafletReady)}`),
    judge('ready-vs-maplibre', `app / bare MapLibre time to ready ≤ ${READY_RATIO_LIMIT}`, [appReady, maplibreReady], () => appReady / maplibreReady <= READY_RATIO_LIMIT, () => `${(appReady / maplibreReady).toFixed(2)} (${ms(appReady)} / ${ms(maplibreReady)})`),
    never10k
      ? { id: 'scale-10000-vs-100', rule: `10,000 sites ready in ≤ ${SCALE_RATIO_LIMIT}× the 100-site time`, figure: `10,000 sites never ready within ${Math.round(scale10k.timeoutMs / 1000)} s`, status: 'MISSED' }
      : judge('scale-10000-vs-100', `10,000 sites ready in ≤ ${SCALE_RATIO_LIMIT}× the 100-site time`, [ready10k, ready100], () => ready10k <= SCALE_RATIO_LIMIT * ready100, () => `${(ready10k / ready100).toFixed(2)}× (${ms(ready10k)} / ${ms(ready100)})`),
    judge('js-vs-maplibre', "main page JS (gzipped) ≤ MapLibre's own + 40 KB", [appJs, maplibreJs], () => appJs <= maplibreJs + JS_ALLOWANCE_BYTES, () => `${kb(appJs)} vs ${kb(maplibreJs)} + 40 KB = ${kb(maplibreJs + JS_ALLOWANCE_BYTES)} (+${kb(appJs - maplibreJs)})`),
    judge('no-third-party', 'no third-party bytes', [thirdParty.length], () => thirdParty.length === 0, () => (thirdParty.length ? `${thirdParty.length} request(s), e.g. ${thirdParty[0]}` : '0 requests to other hosts')),
    judge('validation-throughput', `validation ≥ ${VALIDATION_GOAL.toLocaleString('en')} features/s (Node, with boundaries, per CPU second)`, [throughput], () => throughput >= VALIDATION_GOAL, () => `${Math.round(throughput).toLocaleString('en')} features/s (slowest, at ${slowest?.sites.toLocaleString('en')} sites)`),
  ];
}
