/** The real data in geo/: every promise the map makes about it, and the timelines on real sites. */
import { describe, expect, it } from 'vitest';
import { siteIn } from '../../../src/data/timeline.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';

const sites = loadGeo();
const site = (id: string) => {
  const found = sites.find((s) => s.id === id);
  if (!found) throw new Error(`no site ${id}`);
  return found;
};
const SEED = 'https://www.dailynk.com/english/violators-north-korea-anti-reactionary-thought-law-punishment-families/';
const HRNK_POKCHONG_NI_PIN = [126.057844, 39.001458];

describe('geo/', () => {
  it('passes every rule, in every layer', () => {
    expect(sites.length).toBeGreaterThanOrEqual(27);
  });

  it.each(['kwanliso-14-kaechon', 'kwanliso-15-yodok', 'kwanliso-16-hwasong', 'kwanliso-25-chongjin', 'kwanliso-18-pukchang', 'kwanliso-22-hoeryong', 'kwanliso-11-kyongsong', 'kwanliso-12-onsong', 'kwanliso-13-jongsong', 'kwanliso-17-kaechon', 'sungho-ri', 'camp-26-hwachon', 'pyongsan', 'pihyon-camp-27'])(
    'has the political prison camp %s in the kwanliso layer',
    (id) => {
      expect(site(id).layer).toBe('kwanliso');
    },
  );

  it('ties each first report to one of the site\'s own sources, and weighs every source', () => {
    for (const s of sites) {
      expect(s.sources.map((source) => source.url), s.id).toContain(s.first_reported.source);
      for (const source of s.sources) expect(source.kind, `${s.id} ${source.url}`).toBeTruthy();
    }
  });

  it.each([
    ['sungho-ri', 'Sungho-ri'],
    ['pyongsan', 'Pyongsan County'],
  ])('has the newly reported %s camp, run by the MSoS, founded since 2020 and citing Daily NK', (id) => {
    const camp = site(id);
    expect(siteIn(camp, 2021)?.facility_type).toBe('kwanliso');
    expect(siteIn(camp, 2021)?.ministry).toBe('MSoS');
    expect(camp.established?.date.earliest && camp.established.date.earliest >= '2020').toBe(true);
    expect(camp.sources.filter((s) => s.publisher.includes('Daily NK')).length).toBeGreaterThan(0);
  });

  it('cites the seed article for the camps it names', () => {
    expect(site('pyongsan').sources.map((s) => s.url).concat(site('sungho-ri').sources.map((s) => s.url))).toContain(SEED);
  });
});

describe('the audit\'s defects, fixed or recorded', () => {
  it('draws the 2020-22 Sungho-ri camp at a cited settlement point, not at the Pokchŏng-ni prison\'s pin, which is a site of its own', () => {
    const sungho = site('sungho-ri');
    expect(sungho.location_precision).toBe('approximate');
    expect(sungho.coordinates).not.toEqual(HRNK_POKCHONG_NI_PIN);
    expect(site('pokchong-ni').coordinates).toEqual(HRNK_POKCHONG_NI_PIN);
    expect(site('pokchong-ni').layer).toBe('kyohwaso');
  });

  it('keeps the historic Camp 26 apart from the 2020-22 camp, at one shared place said so by both', () => {
    expect(site('camp-26-hwachon').shared_point).toEqual({ kind: 'compound', with: ['sungho-ri'] });
    expect(site('sungho-ri').shared_point).toEqual({ kind: 'compound', with: ['camp-26-hwachon'] });
  });

  it('gives Camps 12 and 13 points of their own', () => {
    expect(site('kwanliso-12-onsong').coordinates).not.toEqual(site('kwanliso-13-jongsong').coordinates);
  });

  it.each(['kwanliso-17-kaechon', 'kyohwaso-77-tanchon'])('records %s\'s other location as a dispute with its point and source', (id) => {
    const dispute = site(id).disputes.find((d) => d.field === 'location');
    expect(dispute?.points?.length).toBeGreaterThan(0);
    expect(dispute?.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('follows the testimony that names Camp 22\'s ministry, and says only what testimony suggests for Camp 11', () => {
    expect(site('kwanliso-22-hoeryong').ministry).toBe('MSS');
    expect(site('kwanliso-11-kyongsong').ministry).toBe('unknown');
    expect(site('kwanliso-11-kyongsong').ministry_note).toMatch(/suggest/i);
  });

  it('records Sariwon\'s numbering conflict as a dispute', () => {
    expect(site('kyohwaso-6-sariwon').disputes.map((d) => d.field)).toContain('name');
  });
});

describe('the two timelines on real sites, with the values their sources support', () => {
  it('Yodok: founded in July 1969, so operating in 1990; its first report came in the 1990s (between 1992 and 1999)', () => {
    const yodok = site('kwanliso-15-yodok');
    expect(siteIn(yodok, 1990, 'operating')).toBeDefined();
    expect(siteIn(yodok, 1968, 'operating')).toBeUndefined();
    // Hidden Gulag says only that the memoirs appeared in the "mid-1990s": "known by 1995" is not supported.
    expect(siteIn(yodok, 1995, 'known')).toBeUndefined();
    expect(siteIn(yodok, 1999, 'known')).toBeDefined();
  });

  it('Sungho-ri: known from December 2020; in 2023 shown as what it became, a labour-training camp', () => {
    const sungho = site('sungho-ri');
    expect(siteIn(sungho, 2019, 'known')).toBeUndefined();
    expect(siteIn(sungho, 2019, 'operating')).toBeUndefined();
    expect(siteIn(sungho, 2021, 'operating')).toMatchObject({ facility_type: 'kwanliso', status: 'operating' });
    expect(siteIn(sungho, 2023, 'operating')).toMatchObject({ facility_type: 'labour-training-camp', status: 'converted' });
  });

  it('Sariwon: known by 1979 from Amnesty International', () => {
    const sariwon = site('kyohwaso-6-sariwon');
    expect(siteIn(sariwon, 1979, 'known')).toBeDefined();
    expect(siteIn(sariwon, 1978, 'known')).toBeUndefined();
  });

  it('Camp 22: known from March 1995; operating from about 1965 until its closure about 2012', () => {
    const camp22 = site('kwanliso-22-hoeryong');
    expect(siteIn(camp22, 1994, 'known')).toBeUndefined();
    expect(siteIn(camp22, 1995, 'known')).toBeDefined();
    expect(siteIn(camp22, 1990, 'operating')?.status).toBe('operating');
    expect(siteIn(camp22, 2013, 'operating')).toBeUndefined();
  });
});
