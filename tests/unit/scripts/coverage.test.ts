/** The coverage table in geo/README.md: written from the data, and never stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_END, COVERAGE_START, SITES_END, SITES_START, coverageMarkdown, sitesMarkdown, type References } from '../../../scripts/lib/coverage.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';

const sites = loadGeo();
const references = JSON.parse(readFileSync('geo/references.json', 'utf8')) as References;

describe('the coverage table', () => {
  it('in geo/README.md is the one the data gives (run `npm run coverage` after changing the data)', () => {
    const readme = readFileSync('geo/README.md', 'utf8');
    const table = readme.slice(readme.indexOf(COVERAGE_START) + COVERAGE_START.length, readme.indexOf(COVERAGE_END)).trim();
    expect(table).toBe(coverageMarkdown(sites, references));
  });

  it('in geo/SOURCES.md lists every site, as the data has it', () => {
    const sources = readFileSync('geo/SOURCES.md', 'utf8');
    const table = sources.slice(sources.indexOf(SITES_START) + SITES_START.length, sources.indexOf(SITES_END)).trim();
    expect(table).toBe(sitesMarkdown(sites));
    expect(table.split('\n')).toHaveLength(sites.length + 2);
  });

  it('counts a reference entry as matched only through a site\'s external ids, and names the rest', () => {
    const small: References = {
      hrnk: { title: 'HRNK', url: 'https://x.org/', scope: 'all', entries: [{ name: 'Camp 14, Kaechon' }, { name: 'Nowhere' }] },
      nkdb: { title: 'NKDB', url: 'https://x.org/', scope: 'all', entries: [] },
      nkpd: { title: 'NKPD', url: 'https://x.org/', scope: 'all', entries: [{ name: 'Yodok Political Prison Camp No.15', id: 'pfbkfpqvule' }] },
      kinu: { title: 'KINU', url: 'https://x.org/', scope: 'all', entries: [] },
    };
    const table = coverageMarkdown(sites, small);
    expect(table).toContain('| [HRNK](https://x.org/): all | 2 | 1 | 1 |');
    expect(table).toContain('Unmatched in HRNK: Nowhere.');
    expect(table).toContain(`| **all layers** | **${sites.length}** |`);
  });

  it('reaches what the issue asks: every HRNK placemark, every NKDB camp and prison entry, KINU\'s four camps, and over 100 sites', () => {
    const table = coverageMarkdown(sites, references);
    expect(table).toMatch(/HRNK[^|]*\| 24 \| 24 \| 0 \|/);
    expect(table).toMatch(/NKDB[^|]*\| 29 \| 29 \| 0 \|/);
    expect(table).toMatch(/KINU[^|]*\| 4 \| 4 \| 0 \|/);
    expect(sites.length).toBeGreaterThanOrEqual(100);
  });
});
