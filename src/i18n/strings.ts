/** Every string the interface shows, in English and Korean. Data (names, sources) is not here. */
import type { LoadFailure } from '../data/load.ts';
import type { FacilityType, Ministry, Precision, Status } from '../data/site.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Lang = (typeof LANGUAGES)[number];

const en = {
  title: 'North Korea Prison Camp Map',
  subtitle: 'Reported political prison camps (kwanliso) and prisons (kyohwaso), with the sources for every site.',
  mapLabel: 'Map of reported prison camps in North Korea',
  listHeading: 'Sites',
  siteCount: (shown: number, total: number) => `${shown} of ${total} sites`,
  type: 'Type',
  ministry: 'Ministry',
  status: 'Status',
  province: 'Province',
  county: 'County',
  firstReported: 'First reported',
  population: 'Population estimate',
  location: 'Location',
  sources: 'Sources',
  history: 'History',
  disputed: 'Disputed',
  aliases: 'Also known as',
  close: 'Close',
  undated: 'undated',
  loading: 'Loading the sites…',
  loadFailed: (what: string) => `Could not load ${what}.`,
  retry: 'Retry',
  loadFailure: (failure: LoadFailure) => {
    switch (failure.kind) {
      case 'http':
        return `The server answered with an error (HTTP ${failure.status}).`;
      case 'network':
        return 'The connection failed.';
      case 'timeout':
        return `There was no answer within ${failure.seconds} seconds.`;
      case 'damaged':
        return 'The file arrived incomplete or damaged.';
    }
  },
  noWebGL: 'This browser cannot draw the interactive map (WebGL is unavailable). All sites are listed here.',
  previewLabel: (count: number) => `Static map of ${count} sites in North Korea; every site is in the list.`,
  basemapFailed: 'The background map could not be loaded; the sites are shown on a plain background.',
  skippedSites: (count: number) => `${count} site(s) could not be shown because their data has problems:`,
  legend: 'Legend',
  legendHint: 'Select an entry to show or hide that group.',
  uncertaintyRing: 'Ring: location known only approximately (settlement or county)',
  fadedMarker: 'Faded marker: closed or converted',
  filters: 'Filters',
  clearFilters: 'Clear filters',
  search: 'Search sites',
  searchPlaceholder: 'Name, e.g. Yodok, 승호리',
  precision: 'Location precision',
  precisionShort: { facility: 'Facility', approximate: 'Approximate', county: 'County only', province: 'Province only' } satisfies Record<Precision, string>,
  year: 'As reported in',
  allYears: 'All years (latest reports)',
  yearLabel: (year: number) => `As reported in ${year}`,
  language: 'Language',
  otherLanguage: '한국어',
  otherLanguageCode: 'ko' as Lang,
  downloads: 'Download',
  downloadGeoJSON: 'Visible sites as GeoJSON',
  downloadCSV: 'Visible sites as CSV',
  cite: 'Cite this map',
  citation: (version: string, date: string, url: string) =>
    `North Korea Prison Camp Map (data version ${version}, ${date}). ${url}`,
  showPanel: 'Sites and filters',
  noMatches: 'No site matches these filters.',
  ministryNames: {
    MSS: 'Ministry of State Security (MSS, bowibu)',
    MSoS: 'Ministry of Social Security (MSoS, formerly People’s Security)',
    unknown: 'Operator unknown',
  } satisfies Record<Ministry, string>,
  facilityTypes: {
    kwanliso: 'Political prison camp (kwanliso)',
    kyohwaso: 'Reform-through-labour prison (kyohwaso)',
    'labour-training-camp': 'Labour training camp (rodong danryeondae)',
  } satisfies Record<FacilityType, string>,
  statuses: {
    operating: 'Operating',
    closed: 'Closed',
    converted: 'Converted to another use',
    disputed: 'Disputed',
    unconfirmed: 'Unconfirmed',
  } satisfies Record<Status, string>,
  precisions: {
    facility: 'Facility location: a coordinate published for the facility itself.',
    approximate: 'Approximate location: settlement-level only; the ring shows the uncertainty (about 5 km).',
    county: 'County only: the marker sits at the county seat; the camp may be anywhere in the county (ring about 15 km).',
    province: 'Province only: no coordinate for the camp or its county seat has been found; the marker sits at a point for the province (ring about 40 km).',
  } satisfies Record<Precision, string>,
};

export type Strings = typeof en;

const ko: Strings = {
  title: '북한 수용소 지도',
  subtitle: '보도된 정치범수용소(관리소)와 교화소, 그리고 각 시설의 출처.',
  mapLabel: '북한의 보도된 수용소 지도',
  listHeading: '시설',
  siteCount: (shown, total) => `전체 ${total}곳 중 ${shown}곳`,
  type: '유형',
  ministry: '운영 기관',
  status: '상태',
  province: '도',
  county: '군',
  firstReported: '최초 보도',
  population: '수감 인원 추정',
  location: '위치',
  sources: '출처',
  history: '연혁',
  disputed: '논란',
  aliases: '다른 이름',
  close: '닫기',
  undated: '날짜 미상',
  loading: '시설을 불러오는 중…',
  loadFailed: (what) => `${what}을(를) 불러오지 못했습니다.`,
  retry: '다시 시도',
  loadFailure: (failure) => {
    switch (failure.kind) {
      case 'http':
        return `서버가 오류로 응답했습니다 (HTTP ${failure.status}).`;
      case 'network':
        return '연결에 실패했습니다.';
      case 'timeout':
        return `${failure.seconds}초 안에 응답이 없었습니다.`;
      case 'damaged':
        return '파일이 불완전하거나 손상된 상태로 도착했습니다.';
    }
  },
  noWebGL: '이 브라우저는 대화형 지도를 그릴 수 없습니다 (WebGL을 사용할 수 없음). 모든 시설이 여기 목록에 있습니다.',
  previewLabel: (count) => `북한의 시설 ${count}곳을 보여 주는 정적 지도. 모든 시설은 목록에 있습니다.`,
  basemapFailed: '배경 지도를 불러오지 못해 시설을 빈 배경 위에 표시합니다.',
  skippedSites: (count) => `데이터에 문제가 있어 ${count}곳을 표시하지 못했습니다:`,
  legend: '범례',
  legendHint: '항목을 선택하면 그 그룹을 표시하거나 숨깁니다.',
  uncertaintyRing: '원: 위치를 대략적으로만 앎 (마을 또는 군 단위)',
  fadedMarker: '흐린 표시: 폐쇄 또는 용도 변경',
  filters: '필터',
  clearFilters: '필터 지우기',
  search: '시설 검색',
  searchPlaceholder: '이름, 예: 요덕, Sungho',
  precision: '위치 정확도',
  precisionShort: { facility: '시설', approximate: '대략적', county: '군 단위', province: '도 단위' },
  year: '보도 기준 연도',
  allYears: '모든 연도 (최신 보도)',
  yearLabel: (year) => `${year}년 보도 기준`,
  language: '언어',
  otherLanguage: 'English',
  otherLanguageCode: 'en',
  downloads: '내려받기',
  downloadGeoJSON: '표시된 시설 (GeoJSON)',
  downloadCSV: '표시된 시설 (CSV)',
  cite: '이 지도 인용하기',
  citation: (version, date, url) => `북한 수용소 지도 (데이터 버전 ${version}, ${date}). ${url}`,
  showPanel: '시설 및 필터',
  noMatches: '조건에 맞는 시설이 없습니다.',
  ministryNames: {
    MSS: '국가보위성 (보위부)',
    MSoS: '사회안전성 (옛 인민보안성)',
    unknown: '운영 기관 미상',
  },
  facilityTypes: {
    kwanliso: '정치범수용소 (관리소)',
    kyohwaso: '교화소',
    'labour-training-camp': '노동단련대',
  },
  statuses: {
    operating: '운영 중',
    closed: '폐쇄',
    converted: '용도 변경',
    disputed: '논란 중',
    unconfirmed: '미확인',
  },
  precisions: {
    facility: '시설 위치: 시설 자체에 대해 공개된 좌표입니다.',
    approximate: '대략적 위치: 마을 수준이며, 원은 불확실성(약 5km)을 나타냅니다.',
    county: '군 단위: 표시는 군 소재지에 있으며, 수용소는 군 내 어디든 있을 수 있습니다(원 약 15km).',
    province: '도 단위: 수용소나 군 소재지의 좌표를 찾지 못해 도의 대표 지점에 표시했습니다(원 약 40km).',
  },
};

export const STRINGS: Record<Lang, Strings> = { en, ko };

/** The reader's language: the URL's choice, else the browser's, else English. */
export function pickLang(fromUrl: string | undefined, browserLanguages: readonly string[]): Lang {
  const candidates = [fromUrl, ...browserLanguages].map((tag) => tag?.slice(0, 2).toLowerCase());
  return candidates.find((tag): tag is Lang => LANGUAGES.includes(tag as Lang)) ?? 'en';
}
