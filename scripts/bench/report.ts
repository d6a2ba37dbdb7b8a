/** The benchmark's printed tables: plain text, one figure per cell, medians with their range. */
import type { Budget } from './budgets.ts';
import type { EmbedResult } from './embed.ts';
import type { PhoneResult } from './phone.ts';
import type { RespondResult } from './respond.ts';
import type { ConfigResult } from './results.ts';
import type { Spread } from './stats.ts';
import type { ValidationResult } from './validation.ts';

const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');
const kb = (value: number) => (Number.isFinite(value) ? (value / 1024).toFixed(1) : '–');
const mb = (value: number) => (Number.isFinite(value) ? (value / 1024 / 1024).toFixed(1) : '–');
/** `median [min–max]`, or just the median when every run agreed. */
function ranged(s: Spread, format = int): string {
  if (s.n === 0) return '–';
  const [median, min, max] = [format(s.median), format(s.min), format(s.max)];
  return min === max ? median : `${median} [${min}–${max}]`;
}

/** Left-aligns the first `left` columns and right-aligns the rest, where the figures are. */
export function table(header: string[], rows: string[][], left = 1): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The map-ready figure, saying how many runs never got there. */
function readiness({ summary, runs, timeoutMs }: ConfigResult): string {
  const missing = summary.notReady ? `${summary.notReady}/${runs.length} not ready in ${Math.round(timeoutMs / 1000)} s` : '';
  return summary.mapReady.n === 0 ? missing : [ranged(summary.mapReady), missing && `(${missing})`].filter(Boolean).join(' ');
}

export function pagesTable(results: readonly ConfigResult[]): string {
  return table(
    ['page', 'FCP ms', 'first useful ms', 'map ready ms', 'JS KB', 'CSS KB', 'data KB', 'fonts KB', 'other KB', 'total KB', 'req', 'heap MB'],
    results.map((result) => [
      result.label,
      ranged(result.summary.fcp),
      ranged(result.summary.firstUseful),
      readiness(result),
      kb(result.summary.bytes.js.median),
      kb(result.summary.bytes.css.median),
      kb(result.summary.bytes.data.median),
      kb(result.summary.bytes.fonts.median),
      kb(result.summary.bytes.other.median),
      kb(result.summary.bytes.total.median),
      int(result.summary.requests.median),
      mb(result.summary.heapUsed.median),
    ]),
  );
}

export function scaleTable(results: readonly ConfigResult[]): string {
  return table(
    ['sites', 'runs', 'map ready ms', 'list painted ms', 'data KB (gz)', 'heap MB', 'pan fps', 'worst frame ms', 'runs with page errors'],
    results.map((result) => [
      int(result.sites),
      String(result.runs.length),
      readiness(result),
      ranged(result.summary.listPainted),
      kb(result.summary.bytes.data.median),
      mb(result.summary.heapUsed.median),
      ranged(result.summary.panFps, (v) => (Number.isFinite(v) ? v.toFixed(1) : '–')),
      ranged(result.summary.panWorstFrameMs),
      String(result.runs.filter((run) => run.errors.length).length),
    ]),
  );
}

/** The first page error of each configuration that had one, so a broken map is seen, not just slow. */
export function errorsText(results: readonly ConfigResult[]): string {
  return results
    .flatMap((result) => {
      const first = result.runs.flatMap((run) => run.errors)[0];
      return first ? [`${result.label}: ${first.slice(0, 300)}`] : [];
    })
    .join('\n');
}

export function validationTable(results: readonly ValidationResult[]): string {
  const us = (value: number) => value.toFixed(1);
  return table(
    ['sites', 'features/s (build)', 'wall clock', 'features/s (browser)', 'µs/feature', 'structure µs', 'schema µs', 'place µs'],
    results.map((v) => [
      int(v.sites),
      int(v.featuresPerSecond),
      int(v.wallFeaturesPerSecond),
      int(v.browserFeaturesPerSecond),
      us(v.microsPerFeature.total),
      us(v.microsPerFeature.structure),
      us(v.microsPerFeature.schema),
      us(v.microsPerFeature.place),
    ]),
  );
}

export function embedText(embed: EmbedResult): string {
  if (embed.skipped) return `embed: skipped: ${embed.note}`;
  return table(
    ['demo/article.html', 'LCP ms', 'bytes before scroll KB'],
    [
      ['with the embed', ranged(embed.withEmbed.lcp), ranged(embed.withEmbed.bytesBeforeScroll, kb)],
      ['embed blocked', ranged(embed.withoutEmbed.lcp), ranged(embed.withoutEmbed.bytesBeforeScroll, kb)],
    ],
  );
}

export function phoneTable(results: readonly PhoneResult[]): string {
  return table(
    ['page', 'FCP ms', 'LCP ms', 'TBT ms', 'long tasks', 'longest ms', 'map ready ms', 'sites picture ms', 'requests'],
    results.map(({ label, summary, runs }) => [
      label,
      ranged(summary.fcp),
      ranged(summary.lcp),
      ranged(summary.tbt),
      ranged(summary.longTasks),
      ranged(summary.longestTask),
      [ranged(summary.mapReady), summary.notReady ? `(${summary.notReady}/${runs.length} not ready)` : ''].filter(Boolean).join(' '),
      ranged(summary.previewPainted),
      ranged(summary.requests),
    ]),
  );
}

export function respondText({ inputs, runs }: RespondResult): string {
  const one = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  return `Search and filters, all layers on: input to list and map data updated, ${one(inputs.median)} ms median [${one(inputs.min)}–${one(inputs.max)}] over ${inputs.n} inputs in ${runs.length} loads`;
}

export function budgetsTable(budgets: readonly Budget[]): string {
  return table(
    ['budget', 'status', 'figure'],
    budgets.map((b) => [b.rule, b.status, b.figure]),
    3,
  );
}
