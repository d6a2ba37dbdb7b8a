import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/data/site.ts';
import { siteAsOf, yearRange } from '../../../src/data/timeline.ts';

const source = { url: 'https://www.dailynk.com/x/', title: 't', publisher: 'Daily NK', date: '2022' };
const sungho: Site = {
  id: 'sungho-ri',
  name: 'Sungho-ri',
  name_ko: '승호리',
  aliases: [],
  facility_type: 'labour-training-camp',
  ministry: 'MSoS',
  status: 'converted',
  province: 'North Hwanghae',
  county: 'Sungho',
  location_precision: 'approximate',
  location_source: 'x',
  first_reported: '2020-12',
  sources: [source],
  history: [
    { date: '2022-06', event: 'Disbanded; became Forced Labour Camp 75', status: 'converted', facility_type: 'labour-training-camp', sources: [source] },
    { date: '2020-12', event: 'New MSoS camp', status: 'operating', ministry: 'MSoS', facility_type: 'kwanliso', sources: [source] },
  ],
  disputes: [],
  coordinates: [126.057, 39.001],
};

describe('siteAsOf', () => {
  it('hides a site before it was first reported', () => {
    expect(siteAsOf(sungho, 2019)).toBeUndefined();
  });

  it('shows Sungho-ri as an operating kwanliso in 2020 and 2021', () => {
    for (const year of [2020, 2021]) {
      expect(siteAsOf(sungho, year)).toMatchObject({ status: 'operating', facility_type: 'kwanliso', ministry: 'MSoS' });
    }
  });

  it('shows Sungho-ri as converted from 2022', () => {
    expect(siteAsOf(sungho, 2022)).toMatchObject({ status: 'converted', facility_type: 'labour-training-camp' });
    expect(siteAsOf(sungho, 2026)).toEqual(sungho);
  });

  it('keeps the current status once no later change is recorded, even a disputed one', () => {
    const disputed = { ...sungho, status: 'disputed' as const };
    expect(siteAsOf(disputed, 2024)?.status).toBe('disputed');
  });

  it('returns the site unchanged when no year is chosen', () => {
    expect(siteAsOf(sungho, undefined)).toBe(sungho);
  });
});

it('spans the years from the earliest report to now', () => {
  expect(yearRange([sungho, { ...sungho, first_reported: '1959' }], new Date('2026-11-28'))).toEqual([1959, 2026]);
});
