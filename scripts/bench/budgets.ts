/** The performance budgets of issues #7, #13 and #16, judged on the medians of one benchmark run. */
import { paintLoads, TBT_WINDOW_MS, type PhoneResult } from './phone.ts';
import { FRAME_MS, type RespondResult } from './respond.ts';
import type { ConfigResult } from './results.ts';
import { medianDifference, type MedianDifference } from './stats.ts';
import { VALIDATION_GOAL, type ValidationResult } from './validation.ts';

export type BudgetStatus = 'HELD' | 'MISSED' | 'NOT MEASURED';

export interface Budget {
  id: string;
  rule: string;
  /** The measured figure and what it was held against, in words. */
  figure: string;
  status: BudgetStatus;
  /** For a budget between two close medians: their difference, and whether the run could tell them apart. */
  interval?: MedianDifference;
}

/** Headroom the app's JS may take over MapLibre's own. */
export const JS_ALLOWANCE_BYTES = 40 * 1024;
export const READY_RATIO_LIMIT = 1.15;
export const SCALE_RATIO_LIMIT = 2;
/** On the phone, the app's and the embed's blocking time may be at most this share of bare MapLibre's. */
export const PHONE_TBT_SHARE = 0.5;
/** The picture of the sites is on screen from the first paint: painted within a frame of it. */
export const FIRST_PAINT_SLACK_MS = 17;

const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(Math.round(value))}`;

/** @example intervalText({difference: 30, low: -18, high: 70, confidence: 0.95}) // '+30 ms, 95% interval −18 to +70: this run cannot tell which is earlier' */
function intervalText({ difference, low, high, confidence }: MedianDifference): string {
  const decided = low > 0 || high < 0 ? '' : ': this run cannot tell which is earlier';
  return `${signed(difference)} ms, ${Math.round(confidence * 100)}% interval ${signed(low)} to ${signed(high)}${decided}`;
}

function judge(id: string, rule: string, values: number[], held: () => boolean, figure: () => string): Budget {
  if (values.some((value) => !Number.isFinite(value))) return { id, rule, figure: 'not measured in this run', status: 'NOT MEASURED' };
  return { id, rule, figure: figure(), status: held() ? 'HELD' : 'MISSED' };
}

/**
 * @param configs results by configuration id: `app`, `maplibre`, `leaflet`, `app-100`, `app-10000`
 */
export function evaluateBudgets(
  configs: Readonly<Record<string, ConfigResult>>,
  validation: readonly ValidationResult[],
  phone: Readonly<Record<string, PhoneResult>>,
  respond: RespondResult,
): Budget[] {
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
    ...phoneBudgets(phone),
    judge('filter-response', `search and filters update the list and the map's data within a frame (${FRAME_MS} ms), median input, all layers on`, [respond.inputs.median], () => respond.inputs.median <= FRAME_MS, () => `${respond.inputs.median.toFixed(1)} ms median, ${respond.inputs.max.toFixed(1)} ms slowest of ${respond.inputs.n} inputs`),
    judge('validation-throughput', `validation ≥ ${VALIDATION_GOAL.toLocaleString('en')} features/s (Node, with boundaries, per CPU second)`, [throughput], () => throughput >= VALIDATION_GOAL, () => `${Math.round(throughput).toLocaleString('en')} features/s (slowest, at ${slowest?.sites.toLocaleString('en')} sites)`),
  ];
}

/** Issue #16's phone budgets: blocking time, largest paint, every site from the first paint, a map ready in the window. */
function phoneBudgets(phone: Readonly<Record<string, PhoneResult>>): Budget[] {
  const median = (id: string, pick: (result: PhoneResult) => { median: number }) => {
    const result = phone[id];
    return result ? pick(result).median : NaN;
  };
  const bareTbt = median('maplibre', (r) => r.summary.tbt);
  const leafletLcp = median('leaflet', (r) => r.summary.lcp);
  const lcps = (id: string) => paintLoads(phone[id]?.runs ?? [], phone[id]?.paints ?? []).map((load) => load.lcp);
  return (['app', 'embed'] as const).flatMap((id) => {
    const tbt = median(id, (r) => r.summary.tbt);
    const lcp = median(id, (r) => r.summary.lcp);
    const fcp = median(id, (r) => r.summary.fcp);
    const preview = median(id, (r) => r.summary.previewPainted);
    const ready = median(id, (r) => r.summary.mapReady);
    const notReady = phone[id]?.summary.notReady ?? 0;
    const lcpInterval = medianDifference(lcps(id), lcps('leaflet'));
    return [
      judge(`phone-tbt-${id}`, `phone: ${id} total blocking time ≤ ${PHONE_TBT_SHARE} × bare MapLibre's`, [tbt, bareTbt], () => tbt <= PHONE_TBT_SHARE * bareTbt, () => `${ms(tbt)} vs ${ms(bareTbt)} (${(tbt / bareTbt).toFixed(2)}×)`),
      {
        ...judge(`phone-lcp-${id}`, `phone: ${id} largest contentful paint ≤ the Leaflet page's`, [lcp, leafletLcp], () => lcp <= leafletLcp, () => `${ms(lcp)} vs Leaflet ${ms(leafletLcp)} (${intervalText(lcpInterval)})`),
        interval: lcpInterval,
      },
      judge(`phone-first-paint-${id}`, `phone: ${id} shows every site from its first paint (the picture within a frame of FCP)`, [preview, fcp], () => preview <= fcp + FIRST_PAINT_SLACK_MS, () => `picture ${ms(preview)}, FCP ${ms(fcp)}`),
      judge(`phone-ready-${id}`, `phone: ${id} map ready within ${TBT_WINDOW_MS / 1000} s, in every run`, [ready], () => ready <= TBT_WINDOW_MS && notReady === 0, () => `${ms(ready)} median${notReady ? `, ${notReady} run(s) never ready` : ''}`),
    ];
  });
}
