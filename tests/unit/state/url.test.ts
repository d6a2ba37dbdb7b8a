import { describe, expect, it } from 'vitest';
import { readHash, readView, writeHash } from '../../../src/state/url.ts';

describe('url hash', () => {
  it('reads the app keys and ignores unknown ones', () => {
    expect(readHash('#map=9/39.67/126.85&site=kwanliso-15-yodok&lang=ko&utm_source=x')).toEqual({ site: 'kwanliso-15-yodok', lang: 'ko' });
  });

  it('ignores an unsupported language and an empty site', () => {
    expect(readHash('#lang=fr&site=')).toEqual({});
  });

  it('writes its keys and leaves map= and other keys where they were', () => {
    expect(writeHash({ site: 'sungho-ri' }, '#map=9/39.67/126.85&x=1')).toBe('#map=9/39.67/126.85&x=1&site=sungho-ri');
    expect(writeHash({}, '#map=9/39.67/126.85&site=sungho-ri')).toBe('#map=9/39.67/126.85');
  });

  it('round-trips', () => {
    const state = { site: 'kwanliso-14-kaechon', lang: 'en' as const };
    expect(readHash(writeHash(state, '#map=7/39.5/127'))).toEqual(state);
  });

  it('escapes values so a hostile id cannot add keys', () => {
    const hash = writeHash({ site: 'a&lang=ko' }, '');
    expect(readHash(hash)).toEqual({ site: 'a&lang=ko' });
  });

  it('reads the camera from map=zoom/lat/lon and rejects nonsense', () => {
    expect(readView('#map=9/39.67/126.85&site=x')).toEqual({ zoom: 9, lat: 39.67, lon: 126.85 });
    expect(readView('#map=9/139.67/126.85')).toBeUndefined();
    expect(readView('#map=a/b/c')).toBeUndefined();
    expect(readView('#site=x')).toBeUndefined();
  });
});
