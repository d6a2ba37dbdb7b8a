import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/data/dates.ts';
import { isNewCamp, newSince } from '../../../src/data/new-camps.ts';
import { readEdtf } from '../../../src/data/edtf.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';

const founded = (edtf: string) => {
  const date = readEdtf(edtf) as DateValue;
  return { established: { date, sources: [] } };
};

describe('new camps', () => {
  it.each([
    ['2020', true, '2020'],
    ['2021', true, '2021'],
    ['2020/2021', true, '2020/21'],
    ['2019/2020', false, undefined], // it may have been built in 2019
    ['[..2021]', false, undefined], // "by 2021" could be any year before
    ['[2020..]', true, '2020+'],
    ['2020-12?', true, '2020'],
    ['1958', false, undefined],
  ])('established %s: new %s, labelled %s', (edtf, isNew, label) => {
    expect(isNewCamp(founded(edtf))).toBe(isNew);
    expect(newSince(founded(edtf))).toBe(label);
  });

  it('does not count a site without a founding date, whenever it was first reported', () => {
    expect(isNewCamp({})).toBe(false);
  });

  it('finds the new camps of the seed report and of Daily NK\'s later report in the data', () => {
    expect(loadGeo().filter(isNewCamp).map((site) => site.id)).toEqual(expect.arrayContaining(['sungho-ri', 'pyongsan', 'pihyon-camp-27']));
  });
});
