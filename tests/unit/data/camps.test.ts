/** The real data in geo/camps.geojson: every promise the map makes about it. */
import { nodeChecks } from '../../../src/data/node-checks.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/validate.ts';
import type { Site } from '../../../src/data/site.ts';
import { validateFiles } from '../../../scripts/lib/geo-files.ts';
import { parseJson, validateSites } from '../../../src/data/validate.ts';
import { loadBoundaries } from '../../../scripts/lib/geo-files.ts';
import { siteAsOf } from '../../../src/data/timeline.ts';

const SEED = 'https://www.dailynk.com/english/violators-north-korea-anti-reactionary-thought-law-punishment-families/';
const parsed = parseJson(readFileSync('geo/camps.geojson', 'utf8'), 'geo/camps.geojson');
const { sites } = 'json' in parsed ? validateSites(parsed.json, 'geo/camps.geojson', nodeChecks(loadBoundaries())) : { sites: [] as Site[] };
const byName = (pattern: RegExp) => sites.find((site) => pattern.test(site.name));

describe('geo/camps.geojson', () => {
  it('passes every rule', () => {
    expect(validateFiles(['geo/camps.geojson'])[0]?.problems.map(formatProblem)).toEqual([]);
  });

  it.each([/No\. 14\b/, /No\. 15\b/, /No\. 16\b/, /No\. 25\b/, /No\. 18\b/, /No\. 22\b.*Hoeryong/i, /No\. 11\b.*Kyongsong/i, /No\. 12\b.*Onsong/i, /No\. 13\b/, /Camp 17|No\. 17\b/, /Sungho/i, /Pyongsan/i, /Pihyon/i])(
    'has the kwanliso %s of the research',
    (pattern) => {
      expect(sites.filter((s) => s.facility_type !== 'kyohwaso').map((s) => s.name).some((name) => pattern.test(name))).toBe(true);
    },
  );

  it('gives every site a source', () => {
    expect(sites.length).toBeGreaterThanOrEqual(25);
    for (const site of sites) expect(site.sources.length, site.id).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  it('links only to http(s) sources, each with a title, publisher and date', () => {
    const all = sites.flatMap((s) => [...s.sources, ...s.history.flatMap((h) => h.sources), ...s.disputes.flatMap((d) => d.sources)]);
    for (const source of all) {
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.title && source.publisher && source.date).toBeTruthy();
    }
  });

  it.each([
    ['Sungho-ri', /sungho/i],
    ['Pyongsan County', /pyongsan/i],
  ])('has the newly reported %s camp, run by the MSoS and citing the seed article', (_, pattern) => {
    const site = byName(pattern);
    expect(site).toBeDefined();
    expect(site && siteAsOf(site, 2021)?.facility_type).toBe('kwanliso');
    expect(site && siteAsOf(site, 2021)?.ministry).toBe('MSoS');
    expect(site?.sources.map((s) => s.url)).toContain(SEED);
    expect(site?.sources.filter((s) => s.publisher.includes('Daily NK')).length).toBeGreaterThan(1);
  });

  it('places Pyongsan at county precision, since no coordinate has been published', () => {
    expect(byName(/pyongsan/i)?.location_precision).toBe('county');
    expect(byName(/pyongsan/i)?.province).toBe('North Hwanghae');
  });

  it('records Sungho-ri as converted into Forced Labour Camp 75 in 2022, and its disputed province', () => {
    const sungho = byName(/sungho/i);
    expect(sungho?.status).toBe('converted');
    expect(sungho?.history.some((h) => h.date.startsWith('2022') && h.status === 'converted')).toBe(true);
    expect(sungho?.disputes.map((d) => d.field)).toContain('province');
  });

  it('records disputed facts with both sources', () => {
    const disputes = sites.flatMap((s) => s.disputes);
    expect(disputes.length).toBeGreaterThan(0);
    for (const dispute of disputes) expect(dispute.sources.length).toBeGreaterThanOrEqual(2);
  });
});
