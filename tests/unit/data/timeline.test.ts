/** The two timelines on made-up sites; tests/unit/data/sites.test.ts checks them on the real ones. */
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/data/dates.ts';
import { readEdtf } from '../../../src/data/edtf.ts';
import type { Site } from '../../../src/data/site.ts';
import { operatingYears, siteIn, stateIn, yearRange } from '../../../src/data/timeline.ts';

const date = (edtf: string): DateValue => {
  const value = readEdtf(edtf);
  if ('problem' in value) throw new Error(value.problem);
  return value;
};
const URL_ = 'https://www.dailynk.com/x/';
const source = { url: URL_, title: 't', publisher: 'Daily NK', date: date('2022'), kind: 'news-anonymous-source' as const };

const sungho: Site = {
  id: 'sungho-ri',
  name: 'Sungho-ri',
  name_ko: '승호리',
  name_ko_source: URL_,
  aliases: [],
  facility_type: 'labour-training-camp',
  ministry: 'MSoS',
  status: 'converted',
  province: 'North Hwanghae',
  county: 'Sungho',
  location_precision: 'approximate',
  location_source: 'x',
  first_reported: { date: date('2020-12'), source: URL_ },
  sources: [source],
  history: [
    { date: date('2022-06'), event: 'Disbanded; became Forced Labour Camp 75', status: 'converted', facility_type: 'labour-training-camp', sources: [URL_] },
    { date: date('2020-12'), event: 'New MSoS camp', status: 'operating', ministry: 'MSoS', facility_type: 'kwanliso', sources: [URL_] },
  ],
  disputes: [],
  coordinates: [126.057, 39.001],
  layer: 'kwanliso',
};

describe('known by', () => {
  it('hides a site before it was first reported, counting an open date from its latest year', () => {
    expect(siteIn(sungho, 2019)).toBeUndefined();
    expect(siteIn({ ...sungho, first_reported: { date: date('[..2009-06-03]'), source: URL_ } }, 2008)).toBeUndefined();
    expect(siteIn({ ...sungho, first_reported: { date: date('[..2009-06-03]'), source: URL_ } }, 2009)).toBeDefined();
  });

  it('shows Sungho-ri as an operating kwanliso in 2020 and 2021, and converted from 2022', () => {
    for (const year of [2020, 2021]) expect(siteIn(sungho, year)).toMatchObject({ status: 'operating', facility_type: 'kwanliso', ministry: 'MSoS' });
    expect(siteIn(sungho, 2022)).toMatchObject({ status: 'converted', facility_type: 'labour-training-camp' });
    expect(siteIn(sungho, 2026)).toEqual(sungho);
  });

  it('keeps the current status once no later change is recorded, even a disputed one', () => {
    expect(siteIn({ ...sungho, status: 'disputed' }, 2024)?.status).toBe('disputed');
  });

  it('returns the site unchanged when no year is chosen', () => {
    expect(siteIn(sungho, undefined)).toBe(sungho);
  });
});

describe('operating in', () => {
  const camp = (established: string | undefined, closed: string | undefined, firstReported = '2011'): Site => ({
    ...sungho,
    facility_type: 'kwanliso',
    status: closed ? 'closed' : 'operating',
    history: [],
    first_reported: { date: date(firstReported), source: URL_ },
    ...(established ? { established: { date: date(established), sources: [URL_] } } : {}),
    ...(closed ? { closed: { date: date(closed), sources: [URL_] } } : {}),
  });

  it('runs from the founding to the closure, both included, each at its latest possible year', () => {
    expect(operatingYears(camp('1965~', '2012'))).toEqual([1965, 2012]);
    expect(operatingYears(camp('196X', '[1989,1992]'))).toEqual([1969, 1992]);
    expect(siteIn(camp('1965~', '2012'), 2012, 'operating')).toBeDefined();
    expect(siteIn(camp('1965~', '2012'), 2013, 'operating')).toBeUndefined();
  });

  it('counts a site with no founding date from its first report', () => {
    expect(operatingYears(camp(undefined, undefined, '[..2009-06-03]'))).toEqual([2009, Number.POSITIVE_INFINITY]);
  });

  it('counts a site closed before its first report as operating in the year it closed', () => {
    expect(operatingYears(camp(undefined, '1989'))).toEqual([1989, 1989]);
  });

  it('shows a closed site as operating before its closure, and as closed once known to be', () => {
    expect(stateIn(camp('1965', '2012'), 2000).status).toBe('operating');
    expect(stateIn(camp('1965', '2012'), 2012).status).toBe('closed');
  });

  it('shows Sungho-ri in 2023 as what it became: a labour-training camp', () => {
    expect(siteIn(sungho, 2023, 'operating')).toMatchObject({ facility_type: 'labour-training-camp', status: 'converted' });
    expect(siteIn(sungho, 2021, 'operating')).toMatchObject({ facility_type: 'kwanliso', status: 'operating' });
  });
});

it('spans the years from the earliest founding or report to now', () => {
  const old = { ...sungho, established: { date: date('1959'), sources: [URL_] } };
  expect(yearRange([sungho, old], new Date('2026-11-28'))).toEqual([1959, 2026]);
});
