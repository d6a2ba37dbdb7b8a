import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, hasAtMostDecimals, parseJson, validateLayers, validateSites } from '../../../src/data/validate.ts';
import { readEdtf } from '../../../src/data/edtf.ts';
import { publishLayer } from '../../../scripts/lib/publish.ts';
import { layerFiles, validateFiles } from '../../../scripts/lib/geo-files.ts';
import { compiledSiteSchema } from '../../../src/data/node-checks.ts';
import { siteSchema } from '../../../src/data/site.ts';

const fixtures = (kind: 'valid' | 'invalid') =>
  readdirSync(`tests/fixtures/${kind}`)
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => `tests/fixtures/${kind}/${name}`);

describe('invalid fixtures', () => {
  it.each(fixtures('invalid'))('%s reports exactly the expected problems', (path) => {
    const expected = readFileSync(path.replace(/\.geojson$/, '.expected.txt'), 'utf8').trim().split('\n');
    expect(validateFiles([path]).problems.map(formatProblem)).toEqual(expected);
  });
});

describe('valid fixtures', () => {
  it.each(fixtures('valid'))('%s passes', (path) => {
    const report = validateFiles([path]);
    expect(report.problems).toEqual([]);
    expect(report.sites.length).toBeGreaterThan(0);
  });
});

describe('the compiled site schema (Node)', () => {
  const properties = [...fixtures('valid'), ...fixtures('invalid'), ...layerFiles().paths].flatMap((path) => {
    const parsed = parseJson(readFileSync(path, 'utf8'), path);
    const features = 'json' in parsed ? (parsed.json as { features?: unknown }).features : undefined;
    return Array.isArray(features) ? features.map((feature: { properties?: unknown }) => feature?.properties ?? {}) : [];
  });

  it('answers exactly as the interpreted one the browser runs, on every fixture', () => {
    expect(properties.length).toBeGreaterThan(50);
    for (const input of properties) {
      expect(compiledSiteSchema.safeParse(input, { reportInput: true })).toEqual(siteSchema.safeParse(input, { reportInput: true }));
    }
  });
});

describe('validateSites', () => {
  const good = JSON.parse(readFileSync('tests/fixtures/valid/year-only-dates.geojson', 'utf8')) as {
    features: { id?: string; properties: Record<string, unknown> }[];
  };

  it('keeps the good features and sets the bad ones aside, naming them', () => {
    const bad = structuredClone(good.features[0]!);
    bad.id = bad.properties.id = 'broken';
    bad.properties.ministry = 'KGB';
    const { sites, problems } = validateSites({ type: 'FeatureCollection', features: [good.features[0], bad] }, 'camps.geojson', { readDate: readEdtf });
    expect(sites.map((s) => s.id)).toEqual(['kyohwaso-12-jongo-ri']);
    expect(problems.map(formatProblem)).toEqual(['camps.geojson: broken: ministry "KGB" is not one of MSS, MSoS, KPA, PC, WPK, unknown']);
  });

  it('labels a feature without an id by its index', () => {
    const anonymous = structuredClone(good.features[0]!);
    delete anonymous.id;
    delete anonymous.properties.id;
    const { problems } = validateSites({ type: 'FeatureCollection', features: [anonymous] }, 'x.geojson');
    expect(problems.map(formatProblem)).toContain('x.geojson: #0: id is missing');
  });

  it('returns the site with its coordinates, its layer, its dates read and defaults filled in', () => {
    const { sites } = validateSites(good, 'x.geojson', { readDate: readEdtf });
    expect(sites[0]?.coordinates).toEqual([129.7551, 42.20941]);
    expect(sites[0]?.layer).toBe('kyohwaso');
    expect(sites[0]?.first_reported.date).toEqual({ edtf: '1968', form: 'date', earliest: '1968-01-01', latest: '1968-12-31', precision: 'year' });
    expect(sites[0]?.disputes).toEqual([]);
  });

  it('puts each site in the layer its file is named after, whatever its type', () => {
    const { sites } = validateSites(good, 'geo/kwanliso.geojson', { readDate: readEdtf });
    expect(sites[0]?.layer).toBe('kwanliso');
  });

  it('reads dates from the table a published file carries, and names a date the table lacks', () => {
    const published = JSON.parse(publishLayer(good)) as { dates: Record<string, unknown> };
    expect(validateSites(published, 'x.geojson').sites[0]?.first_reported.date.latest).toBe('1968-12-31');
    const { problems } = validateSites({ ...published, dates: {} }, 'x.geojson');
    expect(problems.map(formatProblem)).toContain('x.geojson: kyohwaso-12-jongo-ri: first_reported.date "1968" is not in the file\'s table of dates');
  });
});

describe('validateLayers', () => {
  const layer = (file: string) => ({ file, json: JSON.parse(readFileSync('tests/fixtures/valid/year-only-dates.geojson', 'utf8')) as unknown });

  it('keeps ids unique across layer files, naming the file that had it first', () => {
    const { sites, problems } = validateLayers([layer('geo/kwanliso.geojson'), layer('geo/kyohwaso.geojson')], { readDate: readEdtf });
    expect(sites).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([
      'geo/kyohwaso.geojson: kyohwaso-12-jongo-ri: duplicate id "kyohwaso-12-jongo-ri" (also in geo/kwanliso.geojson)',
    ]);
  });
});

describe('parseJson', () => {
  it('reports a syntax error with line and column', () => {
    const result = parseJson('{\n  "a": 1,\n}', 'f.geojson');
    expect(result).toEqual({ problem: { file: 'f.geojson', feature: '', message: expect.stringMatching(/line 3, column 1\)$/) } });
  });
});

describe('hasAtMostDecimals: the precision rule, without printing numbers', () => {
  // What the rule means: the decimals of the number as JSON (and JavaScript) write it.
  const written = (value: number) => (String(value).split('.')[1] ?? '').length;

  it.each([
    [125.977, 3, true],
    [125.9771, 3, false],
    [38.99, 2, true],
    [-0.1, 1, true],
    [129.755123, 6, true],
    [129.7551234, 6, false],
    [127, 0, true],
    [0.30000000000000004, 6, false],
  ])('%d with at most %d decimals: %s', (value, places, expected) => {
    expect(hasAtMostDecimals(value, places)).toBe(expected);
  });

  it('agrees with the written decimals of 100,000 coordinates written with 0 to 8 decimals', () => {
    let seed = 1;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const disagreements: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const value = Number(((next() - 0.5) * 360).toFixed(i % 9));
      for (const places of [1, 2, 3, 6]) if (hasAtMostDecimals(value, places) !== written(value) <= places) disagreements.push(`${value} (${places})`);
    }
    expect(disagreements).toEqual([]);
  });
});
