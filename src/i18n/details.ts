/**
 * The words of a site's details (the popup, the site's own page, the KML export), in English and
 * Korean. They load with the popup's code, when a reader first opens a site, not with the page.
 */
import { SOURCE_KINDS, type Precision, type SourceKind } from '../data/vocabulary.ts';
import type { Lang } from '../state/language.ts';

/** Each kind of source as evidence, weightiest first: how many and what a site rests on, in a line. */
interface EvidenceWords {
  phrase: Record<SourceKind, string>;
  one: Record<SourceKind, string>;
  join: (phrases: string[]) => string;
}

// SOURCE_KINDS lists the kinds weightiest first, the order the line names them in.
function evidenceSummary(kinds: readonly SourceKind[], words: EvidenceWords): string {
  const [only] = kinds;
  if (kinds.length === 1 && only) return words.one[only];
  return words.join(SOURCE_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => words.phrase[kind]));
}

const EVIDENCE_EN: EvidenceWords = {
  phrase: {
    'imagery-analysis': 'satellite imagery',
    testimony: 'testimony',
    official: 'official reports',
    'ngo-report': 'NGO reports',
    database: 'database entries',
    news: 'news reports',
    'news-anonymous-source': 'anonymous reports',
    book: 'books',
    encyclopedia: 'encyclopedia articles',
    'secondary-copy': 'secondary copies',
  },
  one: {
    'imagery-analysis': 'one satellite imagery analysis',
    testimony: 'one testimony',
    official: 'one official report',
    'ngo-report': 'one NGO report',
    database: 'one database entry',
    news: 'one news report',
    'news-anonymous-source': 'one anonymous report',
    book: 'one book',
    encyclopedia: 'one encyclopedia article',
    'secondary-copy': 'one secondary copy',
  },
  join: (phrases) => (phrases.length < 2 ? phrases.join('') : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`),
};

const EVIDENCE_KO: EvidenceWords = {
  phrase: {
    'imagery-analysis': '위성사진 분석',
    testimony: '증언',
    official: '공식 보고서',
    'ngo-report': 'NGO 보고서',
    database: '데이터베이스 항목',
    news: '언론 보도',
    'news-anonymous-source': '익명 소식통 보도',
    book: '도서',
    encyclopedia: '백과사전',
    'secondary-copy': '2차 사본',
  },
  one: {
    'imagery-analysis': '위성사진 분석 1건',
    testimony: '증언 1건',
    official: '공식 보고서 1건',
    'ngo-report': 'NGO 보고서 1건',
    database: '데이터베이스 항목 1건',
    news: '언론 보도 1건',
    'news-anonymous-source': '익명 소식통 보도 1건',
    book: '도서 1권',
    encyclopedia: '백과사전 항목 1건',
    'secondary-copy': '2차 사본 1건',
  },
  join: (phrases) => phrases.join(', '),
};

const en = {
  firstReported: 'First reported',
  established: 'Established',
  closedOn: 'Closed',
  evidenceSummary: (kinds: readonly SourceKind[]) => evidenceSummary(kinds, EVIDENCE_EN),
  transliterated: 'The Korean name is our transliteration, not read in a source.',
  alsoListed: 'Also listed in',
  externalIds: { wikidata: 'Wikidata', wikipedia: 'Wikipedia', nkpd: 'Korea Future NKPD', hrnk: 'HRNK map', nkdb: 'NKDB Visual Atlas', kinu: 'KINU' },
  otherLocation: 'Other reported location',
  sharedPoint: {
    compound: 'Shares its compound with',
    'county-seat': 'Drawn at the same county-seat point as',
    'province-point': 'Drawn at the same provincial point as',
  },
  population: 'Population estimate',
  location: 'Location',
  history: 'History',
  disputed: 'Disputed',
  disputes: 'Disputes',
  aliases: 'Also known as',
  precisions: {
    facility: 'Facility location: a coordinate published for the facility itself.',
    approximate: 'Approximate location: settlement-level only; the ring shows the uncertainty (about 5 km).',
    county: 'County only: the marker sits at the county seat; the camp may be anywhere in the county (ring about 15 km).',
    province: 'Province only: no coordinate for the camp or its county seat has been found; the marker sits at a point for the province (ring about 40 km).',
  } satisfies Record<Precision, string>,
  archived: 'archived copy',
  archiveLookup: 'look for an archived copy',
  readVia: 'read through a copy',
  undated: 'undated',
};

export type DetailStrings = typeof en;

const ko: DetailStrings = {
  firstReported: '최초 보도',
  established: '설립',
  closedOn: '폐쇄',
  evidenceSummary: (kinds) => evidenceSummary(kinds, EVIDENCE_KO),
  transliterated: '한국어 이름은 출처에서 확인한 것이 아니라 로마자 표기에서 옮긴 것입니다.',
  alsoListed: '다른 목록',
  externalIds: { wikidata: '위키데이터', wikipedia: '위키백과', nkpd: '코리아퓨처 NKPD', hrnk: 'HRNK 지도', nkdb: 'NKDB 비주얼 아틀라스', kinu: '통일연구원(KINU)' },
  otherLocation: '다른 보고 위치',
  sharedPoint: {
    compound: '같은 시설 구역:',
    'county-seat': '같은 군 소재지 지점에 표시:',
    'province-point': '같은 도 대표 지점에 표시:',
  },
  population: '수감 인원 추정',
  location: '위치',
  history: '연혁',
  disputed: '논란',
  disputes: '논란 사항',
  aliases: '다른 이름',
  precisions: {
    facility: '시설 위치: 시설 자체에 대해 공개된 좌표입니다.',
    approximate: '대략적 위치: 마을 수준이며, 원은 불확실성(약 5km)을 나타냅니다.',
    county: '군 단위: 표시는 군 소재지에 있으며, 수용소는 군 내 어디든 있을 수 있습니다(원 약 15km).',
    province: '도 단위: 수용소나 군 소재지의 좌표를 찾지 못해 도의 대표 지점에 표시했습니다(원 약 40km).',
  },
  archived: '보관된 사본',
  archiveLookup: '보관된 사본 찾기',
  readVia: '사본을 통해 읽음',
  undated: '날짜 미상',
};

export const DETAIL_STRINGS: Record<Lang, DetailStrings> = { en, ko };
