/** EDTF dates: read by the edtf package in Node, handed to the browser as values, written in words. */
import { describe, expect, it } from 'vitest';
import { latestYear, tableReader, type DateValue } from '../../../src/data/dates.ts';
import { readEdtf } from '../../../src/data/edtf.ts';
import { dateInWords } from '../../../src/i18n/dates.ts';

const read = (edtf: string): DateValue => {
  const value = readEdtf(edtf);
  if ('problem' in value) throw new Error(value.problem);
  return value;
};

describe('readEdtf', () => {
  it.each([
    ['1993', { form: 'date', earliest: '1993-01-01', latest: '1993-12-31', precision: 'year' }],
    ['2009?', { form: 'date', precision: 'year', uncertain: true }],
    ['1965~', { form: 'date', precision: 'year', approximate: true }],
    ['196X', { earliest: '1960-01-01', latest: '1969-12-31', precision: 'decade' }],
    ['[..2009-06-03]', { form: 'no-later-than', latest: '2009-06-03', precision: 'day' }],
    ['[2009..]', { form: 'no-earlier-than', earliest: '2009-01-01', precision: 'year' }],
    ['[1991,1994]', { form: 'one-of', earliest: '1991-01-01', latest: '1994-12-31', parts: ['1991', '1994'] }],
    ['1991/1994', { form: 'between', earliest: '1991-01-01', latest: '1994-12-31', parts: ['1991', '1994'] }],
  ])('reads %s', (edtf, expected) => {
    expect(read(edtf)).toMatchObject({ edtf, ...expected });
  });

  it('leaves the open end of "no later than" open', () => {
    expect(read('[..2017]').earliest).toBeUndefined();
  });

  it.each(['12/2020', '2021-02-29', '2020-13', 'XXXX', '2009-XX', '[1991..1994]', '{1991,1994}', '2009-21', '196'])('refuses %s', (edtf) => {
    expect(readEdtf(edtf)).toHaveProperty('problem');
  });
});

describe('timeline years', () => {
  it('counts an uncertain or open date from its latest possible year', () => {
    expect(latestYear(read('196X'))).toBe(1969);
    expect(latestYear(read('[..2009-06-03]'))).toBe(2009);
    expect(latestYear(read('[1991,1994]'))).toBe(1994);
  });
});

describe('tableReader', () => {
  it('gives the table entry for the string, and a problem for anything missing or malformed', () => {
    const value = read('2009?');
    const reader = tableReader({ '2009?': value, bad: { edtf: 'bad', form: 'date', precision: 'year' }, __proto__: value });
    expect(reader('2009?')).toEqual(value);
    expect(reader('bad')).toHaveProperty('problem');
    expect(reader('1993')).toHaveProperty('problem');
    expect(tableReader(undefined)('2009?')).toHaveProperty('problem');
  });
});

describe('dateInWords', () => {
  it.each([
    ['[..2009-06]', 'by June 2009', '늦어도 2009년 6월'],
    ['[..2009-06-03]', 'by 3 June 2009', '늦어도 2009년 6월 3일'],
    ['1965~', 'about 1965', '1965년경'],
    ['196X', 'the 1960s', '1960년대'],
    ['2009?', '2009 (uncertain)', '2009년(불확실)'],
    ['[1991,1994]', '1991 or 1994', '1991년 또는 1994년'],
    ['1991/1994', 'between 1991 and 1994', '1991년~1994년 사이'],
    ['[2020..]', '2020 or later', '2020년 이후'],
    ['2020-12', 'December 2020', '2020년 12월'],
  ])('writes %s as "%s" and "%s"', (edtf, en, ko) => {
    expect(dateInWords(read(edtf), 'en')).toBe(en);
    expect(dateInWords(read(edtf), 'ko')).toBe(ko);
  });
});
