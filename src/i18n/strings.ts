/** Every string the interface shows, in English and Korean. Data (names, sources) is not here. */
import type { LoadFailure } from '../data/load.ts';
import type { FacilityType, Ministry, Precision, Status } from '../data/vocabulary.ts';
import type { Theme } from '../state/url.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** What the static preview shows, for its alt text (embed, #5). */
export interface PreviewCounts {
  total: number;
  ministry: Record<Ministry, number>;
  type: Record<FacilityType, number>;
}

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
  panelFailed: 'The list of sites and its controls could not be loaded.',
  reload: 'Reload the page',
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
  // --- embed (#5): the embed page, its loader's preview, and the embed-code dialog ---
  embed: {
    open: 'Embed this map',
    dialogTitle: 'Embed this map',
    intro: 'Paste one of these codes into your page. The map opens on the current view, site, filters and year.',
    theme: 'Colours',
    themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s device' } satisfies Record<Theme, string>,
    languageNames: { en: 'English', ko: '한국어' } satisfies Record<Lang, string>,
    showControls: 'Show the list of sites',
    height: 'Height in pixels (before the map reports its own)',
    iframeCode: 'Plain iframe: fixed height, works in any page',
    scriptCode: 'Script: loads when the reader scrolls near it and fits its height',
    copy: 'Copy',
    copied: 'Copied.',
    copyFallback: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
    preview: 'Preview',
    noscriptAlt: 'Static map of the reported prison camps in North Korea. Open the full map.',
    sitesButton: (shown: number, total: number) => (shown === total ? `Sites (${total})` : `Sites (${shown} of ${total})`),
    fullMap: 'Open the full map',
    sources: (names: readonly string[], more: number) => `Sources: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    credits: 'Basemap: Natural Earth (public domain), GeoNames (CC BY 4.0).',
    previewAlt: ({ total, ministry, type }: PreviewCounts) =>
      `Static map of North Korea with ${total} reported prison camps and prisons: ${ministry.MSS} run by the Ministry of State Security (triangles), ` +
      `${ministry.MSoS} by the Ministry of Social Security (circles), ${ministry.unknown} by an unknown operator (diamonds). ` +
      `Solid marks are political prison camps (${type.kwanliso}), hollow marks prisons (${type.kyohwaso})` +
      (type['labour-training-camp'] > 0 ? `, hollow marks with a dot labour training camps (${type['labour-training-camp']}).` : '.'),
    mapUi: {
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
      'FullscreenControl.Enter': 'Enter fullscreen',
      'FullscreenControl.Exit': 'Exit fullscreen',
    } as Record<string, string>,
  },
  // --- end embed (#5) ---
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
  panelFailed: '시설 목록과 조작 도구를 불러오지 못했습니다.',
  reload: '페이지 새로 고침',
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
  // --- embed (#5) ---
  embed: {
    open: '이 지도 퍼가기',
    dialogTitle: '이 지도 퍼가기',
    intro: '아래 코드 중 하나를 페이지에 붙여 넣으세요. 지도는 현재 보기, 시설, 필터, 연도로 열립니다.',
    theme: '색상',
    themes: { light: '밝게', dark: '어둡게', auto: '독자 기기 설정 따르기' },
    languageNames: { en: 'English', ko: '한국어' },
    showControls: '시설 목록 표시',
    height: '높이(픽셀, 지도가 자체 높이를 알리기 전)',
    iframeCode: '일반 iframe: 높이 고정, 어느 페이지에서나 작동',
    scriptCode: '스크립트: 독자가 가까이 스크롤하면 불러오고 높이를 맞춤',
    copy: '복사',
    copied: '복사했습니다.',
    copyFallback: '선택됨: Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요.',
    preview: '미리 보기',
    noscriptAlt: '북한의 보도된 수용소 정적 지도. 전체 지도를 엽니다.',
    sitesButton: (shown, total) => (shown === total ? `시설 (${total})` : `시설 (${total}곳 중 ${shown}곳)`),
    fullMap: '전체 지도 열기',
    sources: (names, more) => `출처: ${names.join(', ')}${more > 0 ? ` 외 ${more}곳` : ''}.`,
    credits: '배경 지도: Natural Earth(퍼블릭 도메인), GeoNames(CC BY 4.0).',
    previewAlt: ({ total, ministry, type }) =>
      `보도된 수용소와 교화소 ${total}곳을 표시한 북한 정적 지도: 국가보위성 운영 ${ministry.MSS}곳(삼각형), 사회안전성 운영 ${ministry.MSoS}곳(원), ` +
      `운영 기관 미상 ${ministry.unknown}곳(마름모). 채워진 표시는 정치범수용소(${type.kwanliso}곳), 빈 표시는 교화소(${type.kyohwaso}곳)` +
      (type['labour-training-camp'] > 0 ? `, 점이 있는 빈 표시는 노동단련대(${type['labour-training-camp']}곳)입니다.` : '입니다.'),
    mapUi: {
      'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + 스크롤로 지도를 확대·축소하세요',
      'CooperativeGesturesHandler.MacHelpText': '⌘ + 스크롤로 지도를 확대·축소하세요',
      'CooperativeGesturesHandler.MobileHelpText': '두 손가락으로 지도를 움직이세요',
      'FullscreenControl.Enter': '전체 화면',
      'FullscreenControl.Exit': '전체 화면 종료',
    },
  },
  // --- end embed (#5) ---
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
