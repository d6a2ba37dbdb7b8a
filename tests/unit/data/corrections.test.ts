/** The public corrections log: valid, and accounting for every fact changed since its baseline. */
import { describe, expect, it } from 'vitest';
import { factChanges, factsOf, uncoveredChanges, type Correction } from '../../../src/data/corrections.ts';
import { formatProblem } from '../../../src/data/validate.ts';
import { factsAtCommit, readCorrections } from '../../../scripts/lib/corrections.ts';
import { loadGeo, layerFiles } from '../../../scripts/lib/geo-files.ts';
import { readFileSync } from 'node:fs';

const sites = loadGeo();
const { log, problems } = readCorrections(new Set(sites.map((site) => site.id)));
const current = layerFiles().paths.flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }).features.flatMap((f) => factsOf(f) ?? []));

describe('geo/corrections.json', () => {
  it('passes its schema and rules', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(log?.entries.length).toBeGreaterThan(0);
  });

  const baseline = log && factsAtCommit(log.baseline.commit);
  it.skipIf(!baseline)('accounts for every fact changed since its baseline commit (read through git)', () => {
    expect(uncoveredChanges(baseline ?? [], current, log?.entries ?? [])).toEqual([]);
  });
});

describe('factChanges', () => {
  const feature = (id: string, properties: Record<string, unknown> = {}, coordinates = [126.85, 39.67]) => ({
    geometry: { coordinates },
    properties: { id, facility_type: 'kwanliso', ministry: 'MSS', status: 'operating', location_precision: 'facility', first_reported: '2014', ...properties },
  });
  const facts = (...features: ReturnType<typeof feature>[]) => features.flatMap((f) => factsOf(f) ?? []);

  it('reads a date of either shape the data has had, so an old baseline compares', () => {
    expect(factsOf(feature('a'))?.first_reported).toBe('2014');
    expect(factsOf(feature('a', { first_reported: { date: '2014', source: 'https://x.org/' } }))?.first_reported).toBe('2014');
  });

  it('names sites added and removed, and each fact changed', () => {
    const before = facts(feature('kept'), feature('gone'));
    const after = facts(feature('kept', { first_reported: { date: '1992/1999' }, ministry: 'MSoS' }, [126.8, 39.6]), feature('new'));
    expect(factChanges(before, after)).toEqual([
      { site: 'kept', fact: 'location' },
      { site: 'kept', fact: 'ministry' },
      { site: 'kept', fact: 'first_reported' },
      { site: 'new', fact: 'site' },
      { site: 'gone', fact: 'site' },
    ]);
  });

  it('leaves only what no entry accounts for', () => {
    const entry: Correction = { id: 'e', date: '2026-12-03', change: 'redated', sites: ['kept'], facts: ['first_reported'], summary: 's', reason: 'r', sources: ['https://x.org/'] };
    const before = facts(feature('kept'));
    const after = facts(feature('kept', { first_reported: '1993', status: 'closed' }));
    expect(uncoveredChanges(before, after, [entry])).toEqual([{ site: 'kept', fact: 'status' }]);
  });
});
