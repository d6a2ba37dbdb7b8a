import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/data/filter.ts';
import { readHash, readView, siteQuery, withoutView, writeHash, type HashState } from '../../../src/state/url.ts';

describe('url hash', () => {
  it('reads the app keys and ignores unknown keys and values', () => {
    expect(readHash('#map=9/39.67/126.85&site=kwanliso-15-yodok&lang=ko&ministry=MSoS,KGB&utm_source=x')).toEqual({
      site: 'kwanliso-15-yodok',
      lang: 'ko',
      filters: { ...NO_FILTERS, ministry: ['MSoS'] },
    });
  });

  it('ignores an unsupported language, an empty site, a nonsense year', () => {
    expect(readHash('#lang=fr&site=&year=soon&theme=neon&controls=maybe')).toEqual({ filters: NO_FILTERS });
  });

  it('writes its keys and leaves map= and other keys where they were', () => {
    expect(writeHash({ site: 'sungho-ri', filters: NO_FILTERS }, '#map=9/39.67/126.85&x=1')).toBe('#map=9/39.67/126.85&x=1&site=sungho-ri');
    expect(writeHash({ filters: NO_FILTERS }, '#map=9/39.67/126.85&site=sungho-ri')).toBe('#map=9/39.67/126.85');
  });

  it('round-trips every key', () => {
    const state: HashState = {
      site: 'kwanliso-14-kaechon',
      lang: 'ko',
      filters: { ministry: ['MSS', 'MSoS'], facility_type: ['kwanliso'], status: ['operating'], location_precision: ['county'], evidence: ['imagery-analysis', 'testimony'] },
      q: 'Sŭngho, 승호리',
      year: 2021,
      layers: ['kwanliso', 'detention-centres'],
      theme: 'dark',
      controls: false,
    };
    const hash = writeHash(state, '#map=7/39.5/127');
    expect(hash).toContain('ministry=MSS,MSoS');
    expect(readHash(hash)).toEqual(state);
    expect(readView(hash)).toEqual({ zoom: 7, lat: 39.5, lon: 127 });
  });

  it('reads "operating in" as its own key, and lets "known by" (year=) win a link that has both', () => {
    expect(readHash('#operating=1990')).toMatchObject({ operating: 1990 });
    expect(readHash('#operating=1990&year=1995')).toEqual({ filters: NO_FILTERS, year: 1995 });
    expect(writeHash({ filters: NO_FILTERS, operating: 2023 }, '')).toBe('#operating=2023');
    expect(siteQuery({ filters: NO_FILTERS, operating: 2023 })).toEqual({ filters: NO_FILTERS, year: 2023, timeline: 'operating' });
    expect(siteQuery({ filters: NO_FILTERS, year: 1995 })).toEqual({ filters: NO_FILTERS, year: 1995, timeline: 'known' });
  });

  it('reads layers=, keeping an empty choice apart from no choice', () => {
    expect(readHash('#layers=kyohwaso,nonsense')).toMatchObject({ layers: ['kyohwaso'] });
    expect(readHash('#layers=')).toMatchObject({ layers: [] });
    expect(readHash('#site=x')).not.toHaveProperty('layers');
    expect(writeHash({ filters: NO_FILTERS, layers: [] }, '')).toBe('#layers=');
  });

  it('escapes values so a hostile id cannot add keys', () => {
    const hash = writeHash({ site: 'a&lang=ko', filters: NO_FILTERS }, '');
    expect(readHash(hash)).toEqual({ site: 'a&lang=ko', filters: NO_FILTERS });
  });

  it('drops the camera alone, for a link that frames its site instead', () => {
    expect(withoutView('#map=8/39.5/126.5&site=sungho-ri&ministry=MSoS,MSS&x=1')).toBe('#site=sungho-ri&ministry=MSoS,MSS&x=1');
    expect(withoutView('#map=8/39.5/126.5')).toBe('#');
  });

  it('reads the camera from map=zoom/lat/lon and rejects nonsense', () => {
    expect(readView('#map=9/39.67/126.85&site=x')).toEqual({ zoom: 9, lat: 39.67, lon: 126.85 });
    expect(readView('#map=9/139.67/126.85')).toBeUndefined();
    expect(readView('#map=a/b/c')).toBeUndefined();
    expect(readView('#site=x')).toBeUndefined();
  });
});
