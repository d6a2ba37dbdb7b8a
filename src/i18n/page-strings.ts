/**
 * The static pages' own words, in English and Korean: a site's page and its card, the log of
 * corrections, the pages' frame and the picture's text alternative. Only the build writes those
 * pages (scripts/lib), so they live apart from the app's strings (strings.ts), which the page
 * loads; each language's set here carries its app strings too.
 */
import type { Change, Fact } from '../data/corrections.ts';
import type { DataVersion } from '../data/version.ts';
import type { FacilityType, Ministry } from '../data/vocabulary.ts';
import type { Lang } from '../state/language.ts';
import { STRINGS } from './all-strings.ts';
import { DETAIL_STRINGS, type DetailStrings } from './details.ts';
import type { Strings } from './strings.ts';

/** A site in a sentence's words, each already in the page's language: for a page's description and its card. */
export interface SiteSummary {
  type: string;
  place: string;
  ministry: string;
  status: string;
  evidence: string;
}

/** What the static preview shows, for its alt text (embed, #5). */
export interface PreviewCounts {
  total: number;
  ministry: Record<Ministry, number>;
  type: Record<FacilityType, number>;
}

/** The counts above zero, in the order of their list. */
function present<K extends string>(counts: Record<K, number>): [K, number][] {
  return (Object.entries(counts) as [K, number][]).filter(([, n]) => n > 0);
}

/** Each operator's and type's mark in words, for the static picture's text alternative. */
const PREVIEW_EN = {
  operator: {
    MSS: 'run by the Ministry of State Security (vermilion triangles)',
    MSoS: 'by the Ministry of Social Security (blue circles)',
    KPA: 'by the Korean People’s Army (green squares)',
    PC: 'by people’s committees (pink pentagons)',
    WPK: 'by the Workers’ Party (orange hexagons)',
    unknown: 'by an unknown operator (grey diamonds)',
  } satisfies Record<Ministry, string>,
  type: {
    kwanliso: 'political prison camps (solid marks)',
    kyohwaso: 'prisons (hollow marks)',
    'labour-training-camp': 'labour-training camps (hollow, with a dot)',
    'holding-centre': 'holding centres (hollow, with a bar)',
    'detention-centre': 'detention centres (hollow, with an upright bar)',
    'waiting-room': 'waiting rooms (hollow, with two dots)',
    'temporary-facility': 'temporary detention facilities (hollow, with a ring)',
    'military-prison': 'military prisons (hollow, with a cross)',
    unknown: 'facilities of unknown type (dashed outline)',
  } satisfies Record<FacilityType, string>,
};

const PREVIEW_KO: typeof PREVIEW_EN = {
  operator: {
    MSS: '국가보위성(주홍 삼각형)',
    MSoS: '사회안전성(파란 원)',
    KPA: '조선인민군(초록 사각형)',
    PC: '인민위원회(분홍 오각형)',
    WPK: '조선로동당(주황 육각형)',
    unknown: '운영 기관 미상(회색 마름모)',
  },
  type: {
    kwanliso: '정치범수용소(채워진 표시)',
    kyohwaso: '교화소(빈 표시)',
    'labour-training-camp': '노동단련대(점이 있는 빈 표시)',
    'holding-centre': '집결소(가로줄이 있는 빈 표시)',
    'detention-centre': '구류장(세로줄이 있는 빈 표시)',
    'waiting-room': '대기실(점 두 개가 있는 빈 표시)',
    'temporary-facility': '임시 구금시설(고리가 있는 빈 표시)',
    'military-prison': '군 교도소(십자가 있는 빈 표시)',
    unknown: '유형 미상 시설(점선 윤곽)',
  },
};

const en = {
  staticPage: {
    skip: 'Skip to the content',
    licence: 'Data under CC BY 4.0: credit “North Korea Prison Camp Map”. Every fact is cited to its sources.',
  },
  sitePage: {
    description: ({ type, place, ministry, status, evidence }: SiteSummary) => `${type} in ${place}, North Korea. ${ministry}. ${status}. Evidence: ${evidence}.`,
    place: (county: string, province: string) => `${county}, ${province}`,
    location: 'Location',
    mapAlt: (name: string, precision: string) => `Map of where ${name} is reported. ${precision}`,
    coordinates: (lat: string, lon: string) => `Coordinates as published: ${lat}° N, ${lon}° E.`,
    openMap: 'Open it on the interactive map',
    downloads: 'Download this site',
    corrections: 'Corrections to this site',
    noCorrections: 'No correction to this site has been logged.',
    cite: 'Cite this site',
    citation: (name: string, version: DataVersion, url: string) => `“${name}”. North Korea Prison Camp Map, ${STRINGS.en.dataVersion(version)}. ${url}`,
    accessed: 'Accessed',
    accessedBlank: '(write the date you read it)',
    formats: 'For reference managers',
    cardAlt: (name: string) => `${name}: its name, what it is and a map of where it is reported.`,
    index: 'Every site',
    indexIntro: 'Every reported site on the map, layer by layer, each with its own page: its facts, its sources, its corrections and how to cite it.',
    cardFooter: (count: number, version: DataVersion) => `${count} sites · data version ${version.hash} of ${version.date}`,
  },
  correctionsPage: {
    title: 'Corrections to the data',
    intro: 'Every change to a fact of the data (a site added, moved, reclassified, re-dated or removed) with its date, its reason and its sources, newest first. Each citation’s data version names the corrections it includes.',
    baseline: (commit: string) => `The log counts changes made since commit ${commit}.`,
    entry: (change: string, date: string) => `${change}, ${date}`,
    sites: 'Sites',
    andOthers: (count: number) => `and ${count.toLocaleString('en')} other ${count === 1 ? 'site' : 'sites'}`,
    facts: 'Facts changed',
    reason: 'Why',
    changes: { added: 'Site added', removed: 'Site removed', moved: 'Moved', reclassified: 'Reclassified', redated: 'Re-dated', corrected: 'Corrected' } satisfies Record<Change, string>,
    factNames: {
      site: 'the site itself',
      location: 'location',
      facility_type: 'type',
      ministry: 'ministry',
      status: 'status',
      first_reported: 'first report',
      established: 'founding',
      closed: 'closure',
    } satisfies Record<Fact, string>,
  },
  previewAlt: ({ total, ministry, type }: PreviewCounts) =>
    `Static map of North Korea with ${total} reported prison camps and detention sites. By operator: ` +
    `${present(ministry).map(([key, n]) => `${n} ${PREVIEW_EN.operator[key]}`).join(', ')}. By type: ` +
    `${present(type).map(([key, n]) => `${n} ${PREVIEW_EN.type[key]}`).join(', ')}.`,
};

const ko: typeof en = {
  staticPage: {
    skip: '본문으로 건너뛰기',
    licence: '데이터는 CC BY 4.0: “북한 수용소 지도”를 밝혀 주세요. 모든 사실은 출처를 밝힙니다.',
  },
  sitePage: {
    description: ({ type, place, ministry, status, evidence }) => `북한 ${place}의 ${type}. ${ministry}. ${status}. 근거: ${evidence}.`,
    place: (county, province) => `${province} ${county}`,
    location: '위치',
    mapAlt: (name, precision) => `${name}의 보도된 위치 지도. ${precision}`,
    coordinates: (lat, lon) => `공개된 좌표: 북위 ${lat}°, 동경 ${lon}°.`,
    openMap: '대화형 지도에서 열기',
    downloads: '이 시설 내려받기',
    corrections: '이 시설의 정정 기록',
    noCorrections: '이 시설에 대해 기록된 정정이 없습니다.',
    cite: '이 시설 인용하기',
    citation: (name, version, url) => `“${name}”. 북한 수용소 지도, ${STRINGS.ko.dataVersion(version)}. ${url}`,
    accessed: '접속일',
    accessedBlank: '(읽은 날짜를 적으세요)',
    formats: '문헌 관리 프로그램용',
    cardAlt: (name) => `${name}: 이름, 시설 유형, 보도된 위치 지도.`,
    index: '모든 시설',
    indexIntro: '지도에 보도된 모든 시설을 레이어별로 보여 줍니다. 각 시설의 페이지에는 사실, 출처, 정정 기록, 인용 방법이 있습니다.',
    cardFooter: (count, version) => `시설 ${count}곳 · 데이터 버전 ${version.hash} (${version.date})`,
  },
  correctionsPage: {
    title: '데이터 정정 기록',
    intro: '데이터의 사실(시설 추가, 이동, 재분류, 날짜 수정, 삭제)에 대한 모든 변경을 날짜, 이유, 출처와 함께 최신순으로 기록합니다. 각 인용의 데이터 버전은 반영된 정정을 밝힙니다.',
    baseline: (commit) => `이 기록은 커밋 ${commit} 이후의 변경을 담습니다.`,
    entry: (change, date) => `${change}, ${date}`,
    sites: '시설',
    andOthers: (count) => `외 ${count.toLocaleString('ko')}곳`,
    facts: '바뀐 사실',
    reason: '이유',
    changes: { added: '시설 추가', removed: '시설 삭제', moved: '위치 이동', reclassified: '재분류', redated: '날짜 수정', corrected: '정정' },
    factNames: {
      site: '시설 자체',
      location: '위치',
      facility_type: '유형',
      ministry: '운영 기관',
      status: '상태',
      first_reported: '최초 보도',
      established: '설립',
      closed: '폐쇄',
    },
  },
  previewAlt: ({ total, ministry, type }) =>
    `보도된 수용소와 구금시설 ${total}곳을 표시한 북한 정적 지도. 운영 기관별: ` +
    `${present(ministry).map(([key, n]) => `${PREVIEW_KO.operator[key]} ${n}곳`).join(', ')}. 유형별: ` +
    `${present(type).map(([key, n]) => `${PREVIEW_KO.type[key]} ${n}곳`).join(', ')}.`,
};

type Pages = typeof en;

/** The app's strings, a site's details' and the pages' own: `sitePage` and `correctionsPage` hold both's words. */
export type PageStrings = Omit<Strings, 'sitePage' | 'correctionsPage'> &
  DetailStrings &
  Omit<Pages, 'sitePage' | 'correctionsPage'> & {
    sitePage: Strings['sitePage'] & Pages['sitePage'];
    correctionsPage: Strings['correctionsPage'] & Pages['correctionsPage'];
  };

const withPages = (t: Strings, details: DetailStrings, pages: Pages): PageStrings => ({
  ...t,
  ...details,
  ...pages,
  sitePage: { ...t.sitePage, ...pages.sitePage },
  correctionsPage: { ...t.correctionsPage, ...pages.correctionsPage },
});

export const PAGE_STRINGS: Record<Lang, PageStrings> = { en: withPages(STRINGS.en, DETAIL_STRINGS.en, en), ko: withPages(STRINGS.ko, DETAIL_STRINGS.ko, ko) };
