/** The benchmark's printed tables: plain text, one figure per cell, medians with their range. */
import type { Budget } from './budgets.ts';
import type { EmbedResult } from './embed.ts';
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

export function pagesTable(results: readonly ConfigResult[]): string {
  return table(
    ['page', 'FCP ms', 'first useful ms', 'map ready ms', 'JS KB', 'CSS KB', 'data KB', 'fonts KB', 'other KB', 'total KB', 'req', 'heap MB'],
    results.map(({ label, summary: s }) => [
      label,
      ranged(s.fcp),
      ranged(s.firstUseful),
      ranged(s.mapReady),
      kb(s.bytes.js.median),
      kb(s.bytes.css.median),
      kb(s.bytes.data.median),
      kb(s.bytes.fonts.median),
      kb(s.bytes.other.median),
      kb(s.bytes.total.median),
      int(s.requests.median),
      mb(s.heapUsed.median),
    ]),
  );
}

export function scaleTable(results: readonly ConfigResult[]): string {
  return table(
    ['sites', 'map ready ms', 'list painted ms', 'data KB (gz)', 'heap MB', 'pan fps', 'worst frame ms'],
    results.map(({ sites, summary: s }) => [
      int(sites),
      ranged(s.mapReady),
      ranged(s.listPainted),
      kb(s.bytes.data.median),
      mb(s.heapUsed.median),
      ranged(s.panFps, (v) => (Number.isFinite(v) ? v.toFixed(1) : '–')),
      ranged(s.panWorstFrameMs),
    ]),
  );
}

export function validationTable(results: readonly ValidationResult[]): string {
  const us = (value: number) => value.toFixed(1);
  return table(
    ['sites', 'features/s (build)', 'features/s (browser)', 'µs/feature', 'structure µs', 'schema µs', 'place µs'],
    results.map((v) => [
      int(v.sites),
      int(v.featuresPerSecond),
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

export function budgetsTable(budgets: readonly Budget[]): string {
  return table(
    ['budget', 'status', 'figure'],
    budgets.map((b) => [b.rule, b.status, b.figure]),
    3,
  );
}
