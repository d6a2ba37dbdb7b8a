/** A site's citation for reference managers. */
import { describe, expect, it } from 'vitest';
import { ACCESS_DATE, PAGE_URL, bibtex, bibtexText, cslJson } from '../../../scripts/lib/cite.ts';
import { sitesIn } from '../../../scripts/lib/geo-files.ts';

const [site] = sitesIn('tests/fixtures/hostile/camps.geojson');
const version = { hash: '1a2b3c4d', date: '2026-12-03', corrections: 38, latest: '2026-12-03-x' };

describe('bibtexText', () => {
  it('escapes what would end a field or start a command', () => {
    expect(bibtexText('50% & {x} $y #1 a_b ^ ~ \\')).toBe('50\\% \\& \\{x\\} \\$y \\#1 a\\_b \\^{} \\~{} \\textbackslash{}');
  });
});

describe('bibtex', () => {
  it('is one @misc entry keyed by the site, with its URL and access date left to the page', () => {
    const entry = bibtex(site!, version);
    expect(entry).toMatch(/^@misc\{nk-camp-map-[a-z0-9-]+,\n/);
    expect(entry).toContain(`= {${PAGE_URL}},`);
    expect(entry).toContain(`= {${ACCESS_DATE}},`);
    expect(entry).toContain('= {1a2b3c4d},');
    // Braces balance: no name can close a field early.
    expect(entry.replace(/\\[{}]/g, '').split('{').length).toBe(entry.replace(/\\[{}]/g, '').split('}').length);
  });
});

describe('cslJson', () => {
  it('parses once the page fills its placeholders, with or without an access date', () => {
    const text = cslJson(site!, version);
    const filled = (date: string) => JSON.parse(text.replace(PAGE_URL, 'https://example.org/site/x/').replace(ACCESS_DATE, date)) as Record<string, unknown>[];
    expect(filled('')[0]).toMatchObject({ type: 'dataset', title: site!.name, version: '1a2b3c4d', URL: 'https://example.org/site/x/', accessed: { 'date-parts': [] } });
    expect(filled('[2026, 12, 3]')[0]?.accessed).toEqual({ 'date-parts': [[2026, 12, 3]] });
  });
});
