import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isShown, matches, toggleValue, visibleSites } from '../../../src/data/filter.ts';
import { toCSV, toGeoJSON } from '../../../src/data/export.ts';
import { validateSites } from '../../../src/data/validate.ts';
import { NO_FILTERS } from '../../../src/state/url.ts';

const { sites } = validateSites(JSON.parse(readFileSync('geo/camps.geojson', 'utf8')), 'camps.geojson');
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('the one visibility predicate', () => {
  it('shows everything with no filters', () => {
    expect(visibleSites(sites, { filters: NO_FILTERS })).toHaveLength(sites.length);
  });

  it('answers "which camps does the MSoS run, and which appeared since 2020?"', () => {
    const msos = visibleSites(sites, { filters: { ...NO_FILTERS, ministry: ['MSoS'], facility_type: ['kwanliso'] } });
    expect(msos.every((s) => s.ministry === 'MSoS' && s.facility_type === 'kwanliso')).toBe(true);
    const recent = msos.filter((s) => Number(s.first_reported.slice(0, 4)) >= 2020);
    expect(ids(recent)).toEqual(expect.arrayContaining(['pyongsan', 'pihyon-camp-27']));
  });

  it('combines facets with AND and values within a facet with OR', () => {
    const query = { filters: { ...NO_FILTERS, status: ['closed', 'converted'] as ('closed' | 'converted')[], location_precision: ['county'] as 'county'[] } };
    for (const site of visibleSites(sites, query)) {
      expect(['closed', 'converted']).toContain(site.status);
      expect(site.location_precision).toBe('county');
    }
  });

  it('applies search and year together', () => {
    expect(ids(visibleSites(sites, { filters: NO_FILTERS, q: 'sungho', year: 2021 }))).toEqual(['sungho-ri']);
    expect(visibleSites(sites, { filters: NO_FILTERS, q: 'sungho', year: 2019 })).toEqual([]);
  });

  it('filters by the status a site had in the chosen year', () => {
    const sungho = sites.find((s) => s.id === 'sungho-ri')!;
    expect(matches(sungho, { filters: { ...NO_FILTERS, status: ['operating'] } })).toBe(false);
    expect(ids(visibleSites([sungho], { filters: { ...NO_FILTERS, status: ['operating'] }, year: 2021 }))).toEqual(['sungho-ri']);
  });
});

describe('legend toggles', () => {
  const all = ['MSS', 'MSoS', 'unknown'] as const;
  it('hides one group of an unfiltered facet', () => {
    expect(toggleValue([], 'MSS', all)).toEqual(['MSoS', 'unknown']);
  });
  it('shows it again, clearing the facet', () => {
    expect(toggleValue(['MSoS', 'unknown'], 'MSS', all)).toEqual([]);
  });
  it('treats an empty list as all shown', () => {
    expect(isShown([], 'MSS')).toBe(true);
    expect(isShown(['MSoS'], 'MSS')).toBe(false);
  });
});

describe('downloads', () => {
  it('writes GeoJSON that passes the validator unchanged', () => {
    const again = validateSites(JSON.parse(JSON.stringify(toGeoJSON(sites))), 'download.geojson');
    expect(again.problems).toEqual([]);
    expect(again.sites).toEqual(sites);
  });

  it('writes one CSV row per site and defuses spreadsheet formulas', () => {
    const csv = toCSV([{ ...sites[0]!, name: '=HYPERLINK("http://evil.example","x")' }, sites[1]!]);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });
});
