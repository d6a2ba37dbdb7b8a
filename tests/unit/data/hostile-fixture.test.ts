/**
 * tests/fixtures/hostile: script and markup where the schema allows text, so it reaches the
 * interface (tests/browser/hostile.test.ts loads it into the real app), and the links the
 * schema must refuse.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/validate.ts';
import { validateFiles } from '../../../scripts/lib/geo-files.ts';

const FILE = 'tests/fixtures/hostile/camps.geojson';

it('passes every rule except the javascript:, data: and markup-id features, which are set aside with a reason', () => {
  const report = validateFiles([FILE]);
  const expected = readFileSync('tests/fixtures/hostile/camps.expected.txt', 'utf8').trim().split('\n');
  expect(report.problems.map(formatProblem)).toEqual(expected);
  expect(report.sites).toHaveLength(4);
});

it('carries each classic payload, and text at the 600-character limit', () => {
  const text = readFileSync(FILE, 'utf8');
  for (const payload of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '\\"><svg onload=alert(1)>', "'; alert(1); '", "{{constructor.constructor('alert(1)')()}}"]) {
    expect(text).toContain(payload);
  }
  expect(text).toContain(`"${'W'.repeat(600)}"`);
  expect(text).toMatch(/[\u0590-\u05ff]/); // Hebrew
  expect(text).toMatch(/[\u0600-\u06ff]/); // Arabic
});
