import { describe, expect, it } from 'vitest';
import { NO_FILTERS, isShown, matches, toggleValue, visibleSites } from '../../../src/data/filter.ts';
import Papa from 'papaparse';
import { toCSV, toGeoJSON } from '../../../src/data/export.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import type { Strings } from '../../../src/i18n/strings.ts';
import { readEdtf } from '../../../src/data/edtf.ts';
import { validateLayers } from '../../../src/data/validate.ts';
import { DEFAULT_LAYERS, LAYERS } from '../../../src/data/vocabulary.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';

const sites = loadGeo();
const everyLayer = { layers: LAYERS };
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('the one visibility predicate', () => {
  it('shows every site of the default layers with no filters, and every site with every layer', () => {
    expect(visibleSites(sites, { filters: NO_FILTERS })).toHaveLength(sites.filter((s) => DEFAULT_LAYERS.includes(s.layer)).length);
    expect(visibleSites(sites, { filters: NO_FILTERS, ...everyLayer })).toHaveLength(sites.length);
  });

  it('shows a linked site whatever its layer', () => {
    const site = sites.find((s) => s.layer === 'kyohwaso')!;
    expect(ids(visibleSites(sites, { filters: NO_FILTERS, layers: ['kwanliso'], site: site.id }))).toContain(site.id);
    expect(ids(visibleSites(sites, { filters: NO_FILTERS, layers: ['kwanliso'] }))).not.toContain(site.id);
  });

  it('selects by evidence: sites with at least one source of the chosen kinds', () => {
    const imagery = visibleSites(sites, { filters: { ...NO_FILTERS, evidence: ['imagery-analysis'] }, ...everyLayer });
    expect(imagery.length).toBeGreaterThan(0);
    expect(imagery.length).toBeLessThan(sites.length);
    for (const site of imagery) expect(site.sources.some((s) => s.kind === 'imagery-analysis')).toBe(true);
  });

  it('answers "which camps does the MSoS run, and which appeared since 2020?"', () => {
    const msos = visibleSites(sites, { filters: { ...NO_FILTERS, ministry: ['MSoS'] } });
    expect(msos.every((s) => s.ministry === 'MSoS')).toBe(true);
    const recent = msos.filter((s) => (s.established?.date.latest ?? '') >= '2020');
    expect(ids(recent)).toEqual(expect.arrayContaining(['sungho-ri', 'pyongsan', 'pihyon-camp-27']));
  });

  it('combines facets with AND and values within a facet with OR', () => {
    const query = { filters: { ...NO_FILTERS, status: ['closed', 'converted'] as ('closed' | 'converted')[], location_precision: ['county'] as 'county'[] } };
    for (const site of visibleSites(sites, query)) {
      expect(['closed', 'converted']).toContain(site.status);
      expect(site.location_precision).toBe('county');
    }
  });

  it('applies search and year together', () => {
    expect(ids(visibleSites(sites, { filters: NO_FILTERS, q: 'forced labor camp 75', year: 2021 }))).toEqual(['sungho-ri']);
    expect(visibleSites(sites, { filters: NO_FILTERS, q: 'forced labor camp 75', year: 2019 })).toEqual([]);
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
  it('writes GeoJSON that passes the validator unchanged, layers kept when each is written to its own file', () => {
    const files = LAYERS.map((layer) => ({ file: `${layer}.geojson`, json: JSON.parse(JSON.stringify(toGeoJSON(sites.filter((s) => s.layer === layer)))) as unknown }));
    const again = validateLayers(files, { readDate: readEdtf });
    expect(again.problems).toEqual([]);
    expect(again.sites).toEqual(sites);
  });

  const labels = (t: Strings) => ({ facility_type: t.facilityTypes, ministry: t.ministryNames, status: t.statuses, province: t.provinces, location_precision: t.precisionShort });

  it('writes one CSV row per site and defuses spreadsheet formulas', () => {
    const csv = toCSV([{ ...sites[0]!, name: '=HYPERLINK("http://evil.example","x")' }, sites[1]!], labels(STRINGS.en));
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('writes UTF-8 with a byte order mark, so Excel keeps the Korean, and labels each code in the reader\'s language', () => {
    const site = sites.find((s) => s.county_ko) ?? sites[0]!;
    const csv = toCSV([site], labels(STRINGS.ko));
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(row).toMatchObject({ ministry: site.ministry, ministry_label: STRINGS.ko.ministryNames[site.ministry], province_label: STRINGS.ko.provinces[site.province] });
    expect(row?.county_ko).toBe(site.county_ko ?? '');
    expect(row?.status_label).toBe(STRINGS.ko.statuses[site.status]);
  });
});
