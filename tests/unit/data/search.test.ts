import { describe, expect, it } from 'vitest';
import { matchesQuery, nameKey, searchKey, siteKeys } from '../../../src/data/search.ts';

const sungho = { id: 'kwanliso-sungho-ri', name: 'Sungho-ri political prison camp', name_ko: '승호리 관리소', aliases: ['Sŭngho-ri', '승호리', 'Camp 26', 'Hwachon'] };
const yodok = { id: 'kwanliso-15-yodok', name: 'Kwan-li-so No. 15, Yodok', name_ko: '요덕 제15호 관리소', aliases: ['Yodŏk', 'Yoduk'] };
const chongjin = { id: 'kwanliso-25-chongjin', name: "Kwan-li-so No. 25, Ch'ŏngjin", name_ko: '청진 제25호 관리소', aliases: [] };

describe('search', () => {
  it.each(['sungho', 'Sŭngho', 'SUNGHO-RI', 'sungho ri', '승호리', '승호', 'camp 26'])('finds Sungho-ri by %j', (query) => {
    expect(matchesQuery(siteKeys(sungho), query)).toBe(true);
  });

  it.each(['yodok', 'Yoduk', 'Yodŏk', 'yodeok', '요덕', '15'])('finds Camp 15 by %j', (query) => {
    expect(matchesQuery(siteKeys(yodok), query)).toBe(true);
  });

  it.each(['chongjin', 'Cheongjin', "ch'ongjin", '청진'])('finds Chongjin by %j', (query) => {
    expect(matchesQuery(siteKeys(chongjin), query)).toBe(true);
  });

  it('does not match unrelated names', () => {
    expect(matchesQuery(siteKeys(sungho), 'yodok')).toBe(false);
    expect(matchesQuery(siteKeys(yodok), '승호')).toBe(false);
  });

  it('needs every word to match', () => {
    expect(matchesQuery(siteKeys(yodok), 'yodok 15')).toBe(true);
    expect(matchesQuery(siteKeys(yodok), 'yodok 14')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesQuery(siteKeys(yodok), '  ')).toBe(true);
  });

  it('matches the reader\'s words within a name\'s words, never across them', () => {
    const sungwon = { id: 'prison-sungwon', name: 'Prison Sungwon', name_ko: '성원 교도소', aliases: [] };
    expect(matchesQuery(siteKeys(sungwon), 'Onsong')).toBe(false);
    expect(matchesQuery(siteKeys(sungwon), 'sungwon')).toBe(true);
    expect(matchesQuery(siteKeys(sungwon), 'prisonsung')).toBe(true); // from a word's start, on into the next
    expect(matchesQuery(siteKeys(sungho), 'sunghori')).toBe(true);
    expect(matchesQuery(siteKeys(sungho), 'ngho')).toBe(true); // inside one word
    expect(matchesQuery(siteKeys(sungho), 'ghori')).toBe(false); // mid-word, on across a hyphen
  });

  it('finds a Korean word inside a compound', () => {
    expect(matchesQuery(siteKeys(yodok), '15호')).toBe(true);
  });

  it('keeps each word of a name apart, and every start of a word', () => {
    expect(nameKey("Sŭngho-ri Ch'ŏngjin")).toEqual({ words: ['songho', 'li', 'jongjin'], tails: ['songholijongjin', 'lijongjin', 'jongjin'] });
  });

  it('folds marks and punctuation to one key', () => {
    expect(searchKey("Ch'ŏngjin")).toBe(searchKey('Chongjin'));
  });
});
