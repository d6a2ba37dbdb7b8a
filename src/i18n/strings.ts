/** Every string the interface shows, in English and Korean. Data (names, sources) is not here. */
import type { Change, Fact } from '../data/corrections.ts';
import type { LoadFailure } from '../data/load-error.ts';
import type { DataVersion } from '../data/version.ts';
import type { FacilityType, Layer, Ministry, Precision, Province, SourceKind, Status } from '../data/vocabulary.ts';
import type { Lang } from '../state/language.ts';
import type { SiteFileType } from '../state/pages.ts';
import type { Theme } from '../state/url.ts';


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

/** Each kind of source as evidence, weightiest first: how many and what a site rests on, in a line. */
interface EvidenceWords {
  phrase: Record<SourceKind, string>;
  one: Record<SourceKind, string>;
  join: (phrases: string[]) => string;
}

const EVIDENCE_ORDER: readonly SourceKind[] = [
  'imagery-analysis',
  'testimony',
  'official',
  'ngo-report',
  'database',
  'news',
  'news-anonymous-source',
  'book',
  'encyclopedia',
  'secondary-copy',
];

function evidenceSummary(kinds: readonly SourceKind[], words: EvidenceWords): string {
  const [only] = kinds;
  if (kinds.length === 1 && only) return words.one[only];
  return words.join(EVIDENCE_ORDER.filter((kind) => kinds.includes(kind)).map((kind) => words.phrase[kind]));
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

/** The data version in a citation: the hash of the layers, and the corrections it includes, named by the latest. */
const versionEn = ({ hash, date, corrections, latest }: DataVersion) =>
  latest ? `data version ${hash} of ${date}, with the ${corrections} corrections logged up to “${latest}”` : `data version ${hash} of ${date}, before any logged correction`;
const versionKo = ({ hash, date, corrections, latest }: DataVersion) =>
  latest ? `데이터 버전 ${hash} (${date}), “${latest}”까지의 정정 ${corrections}건 반영` : `데이터 버전 ${hash} (${date}), 기록된 정정 없음`;

const en = {
  title: 'North Korea Prison Camp Map',
  subtitle: 'Reported political prison camps (kwanliso), prisons (kyohwaso), labour-training camps and detention centres, with the sources for every site.',
  mapLabel: 'Map of reported prison camps in North Korea',
  listHeading: 'Sites',
  siteCount: (shown: number, total: number) => `${shown} of ${total} sites`,
  showMore: (next: number, left: number) => `Show ${next.toLocaleString('en')} more (${left.toLocaleString('en')} not listed yet)`,
  type: 'Type',
  ministry: 'Ministry',
  status: 'Status',
  province: 'Province',
  county: 'County',
  firstReported: 'First reported',
  established: 'Established',
  closedOn: 'Closed',
  evidence: 'Evidence',
  evidenceSummary: (kinds: readonly SourceKind[]) => evidenceSummary(kinds, EVIDENCE_EN),
  sourceKinds: {
    'imagery-analysis': 'Satellite imagery analysis',
    testimony: 'Testimony',
    official: 'Official report',
    'ngo-report': 'NGO report',
    database: 'Database entry',
    news: 'News report',
    'news-anonymous-source': 'News, anonymous source',
    book: 'Book',
    encyclopedia: 'Encyclopedia',
    'secondary-copy': 'Secondary copy',
  } satisfies Record<SourceKind, string>,
  archived: 'archived copy',
  archiveLookup: 'look for an archived copy',
  readVia: 'read through a copy',
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
  sources: 'Sources',
  history: 'History',
  disputed: 'Disputed',
  disputes: 'Disputes',
  aliases: 'Also known as',
  close: 'Close',
  undated: 'undated',
  loading: 'Loading the sites…',
  loadFailed: (what: string) => `Could not load ${what}.`,
  siteData: 'the sites',
  retry: 'Retry',
  panelFailed: 'The list of sites and its controls could not be loaded.',
  reload: 'Reload the page',
  offline: {
    shows: (version: string, date: string) => `Data version ${version} of ${date}.`,
    kept: 'Saved on this device for offline use.',
    newer: (version: string, date: string) => `Newer data is ready: version ${version} of ${date}.`,
    show: 'Show the newer data',
  },
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
  year: 'Timeline',
  yearSlider: 'Year',
  allYears: 'All years (latest reports)',
  timelines: { known: 'Known by', operating: 'Operating in' },
  yearLabel: (timeline: 'known' | 'operating', year: number) => (timeline === 'known' ? `Publicly reported by ${year}` : `Operating in ${year}`),
  layers: 'Layers',
  layerNames: {
    kwanliso: 'Political prison camps',
    kyohwaso: 'Prisons',
    'labour-training-camps': 'Labour-training camps',
    'detention-centres': 'Holding and detention centres',
  } satisfies Record<Layer, string>,
  provinces: {
    Pyongyang: 'Pyongyang',
    Rason: 'Rason',
    'North Pyongan': 'North Pyongan',
    'South Pyongan': 'South Pyongan',
    Chagang: 'Chagang',
    'North Hwanghae': 'North Hwanghae',
    'South Hwanghae': 'South Hwanghae',
    Kangwon: 'Kangwon',
    'South Hamgyong': 'South Hamgyong',
    'North Hamgyong': 'North Hamgyong',
    Ryanggang: 'Ryanggang',
  } satisfies Record<Province, string>,
  language: 'Language',
  otherLanguage: '한국어',
  otherLanguageCode: 'ko' as Lang,
  downloads: 'Download',
  downloadGeoJSON: 'Visible sites as GeoJSON',
  downloadCSV: 'Visible sites as CSV',
  dataLicence: 'The data is published under CC BY 4.0: credit “North Korea Prison Camp Map”. Facts and coordinates from HRNK, NKDB and Korea Future are cited per site; credit them too.',
  cite: 'Cite this map',
  downloadKML: 'Visible sites as KML (Google Earth)',
  downloadPNG: 'Image of this view (PNG)',
  fullDownloads: 'Every site, as files:',
  fileTypes: { geojson: 'GeoJSON', kml: 'KML (Google Earth)', csv: 'CSV' } satisfies Record<SiteFileType, string>,
  dataPackage: 'description of the files (Frictionless Data Package)',
  dataVersion: versionEn,
  citation: (version: DataVersion, url: string) => `North Korea Prison Camp Map, ${versionEn(version)}. ${url}`,
  image: {
    working: 'Drawing the image…',
    failed: 'The image could not be drawn.',
    drawn: (date: string) => `Drawn ${date}`,
  },
  staticPage: {
    skip: 'Skip to the content',
    licence: 'Data under CC BY 4.0: credit “North Korea Prison Camp Map”. Every fact is cited to its sources.',
  },
  sitePage: {
    link: 'This site’s own page: to cite, share or download it',
    description: ({ type, place, ministry, status, evidence }: SiteSummary) => `${type} in ${place}, North Korea. ${ministry}. ${status}. Evidence: ${evidence}.`,
    place: (county: string, province: string) => `${county}, ${province}`,
    location: 'Location',
    mapAlt: (name: string, precision: string) => `Map of where ${name} is reported. ${precision}`,
    coordinates: (lat: string, lon: string) => `Coordinates as published: ${lat}° N, ${lon}° E.`,
    openMap: 'Open it on the interactive map',
    downloads: 'Download this site',
    corrections: 'Corrections to this site',
    noCorrections: 'No correction to this site has been logged.',
    allCorrections: 'Every correction to the data',
    cite: 'Cite this site',
    citation: (name: string, version: DataVersion, url: string) => `“${name}”. North Korea Prison Camp Map, ${versionEn(version)}. ${url}`,
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
    feed: 'Follow the corrections (Atom feed)',
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
    keepView: 'Keep my current zoom and position (otherwise the map frames the site, or every site)',
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
    credits: 'Data: CC BY 4.0, with facts from HRNK, NKDB and Korea Future cited per site. Basemap: Natural Earth (public domain), GeoNames (CC BY 4.0).',
    previewAlt: ({ total, ministry, type }: PreviewCounts) =>
      `Static map of North Korea with ${total} reported prison camps and detention sites. By operator: ` +
      `${present(ministry).map(([key, n]) => `${n} ${PREVIEW_EN.operator[key]}`).join(', ')}. By type: ` +
      `${present(type).map(([key, n]) => `${n} ${PREVIEW_EN.type[key]}`).join(', ')}.`,
    mapUi: {
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
      'FullscreenControl.Enter': 'Enter fullscreen',
      'FullscreenControl.Exit': 'Exit fullscreen',
    } as Record<string, string>,
  },
  // --- end embed (#5) ---
  // --- the first view (#14): the map's legend, new camps, the site chooser ---
  newCampLabel: 'New',
  newCamp: (since: string) => `New camp (${since})`,
  ministryShort: { MSS: 'MSS', MSoS: 'MSoS', KPA: 'KPA', PC: 'People’s committee', WPK: 'WPK', unknown: 'Operator unknown' } satisfies Record<Ministry, string>,
  key: {
    title: 'Legend',
    ministries: { MSS: 'Ministry of State Security', MSoS: 'Ministry of Social Security' },
    abbreviations: { MSS: '(MSS)', MSoS: '(MSoS)' },
    fate: {
      MSS: 'Its political prison camps: those sent there are likely never released.',
      MSoS: 'Its political prison camps: model prisoners may be released.',
    },
    source: 'Two separate camp systems, as reported by',
    operators: 'Other operators',
    types: 'Type',
    newCamp: (year: number) => `New camp: established in ${year} or later`,
    cluster: 'Several sites close together: select to zoom in',
  },
  chooser: (count: number) => `${count} sites here: choose one`,
  // --- end first view (#14) ---
  ministryNames: {
    MSS: 'Ministry of State Security (MSS, bowibu)',
    MSoS: 'Ministry of Social Security (MSoS, formerly People’s Security)',
    KPA: 'Korean People’s Army (KPA)',
    PC: 'People’s Committee (local government)',
    WPK: 'Workers’ Party of Korea',
    unknown: 'Operator unknown',
  } satisfies Record<Ministry, string>,
  facilityTypes: {
    kwanliso: 'Political prison camp (kwanliso)',
    kyohwaso: 'Reform-through-labour prison (kyohwaso)',
    'labour-training-camp': 'Labour training camp (rodong danryeondae)',
    'holding-centre': 'Holding centre (jipkyulso)',
    'detention-centre': 'Pre-trial detention centre (kuryujang)',
    'waiting-room': 'Waiting room (daegisil)',
    'temporary-facility': 'Temporary detention facility (office, relief station)',
    'military-prison': 'Military prison',
    unknown: 'Facility of unknown type',
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
  subtitle: '보도된 정치범수용소(관리소), 교화소, 노동단련대와 구금시설, 그리고 각 시설의 출처.',
  mapLabel: '북한의 보도된 수용소 지도',
  listHeading: '시설',
  siteCount: (shown, total) => `전체 ${total}곳 중 ${shown}곳`,
  showMore: (next, left) => `${next.toLocaleString('ko')}곳 더 보기 (아직 ${left.toLocaleString('ko')}곳 남음)`,
  type: '유형',
  ministry: '운영 기관',
  status: '상태',
  province: '도',
  county: '군',
  firstReported: '최초 보도',
  established: '설립',
  closedOn: '폐쇄',
  evidence: '근거',
  evidenceSummary: (kinds) => evidenceSummary(kinds, EVIDENCE_KO),
  sourceKinds: {
    'imagery-analysis': '위성사진 분석',
    testimony: '증언',
    official: '공식 보고서',
    'ngo-report': 'NGO 보고서',
    database: '데이터베이스 항목',
    news: '언론 보도',
    'news-anonymous-source': '언론 보도(익명 소식통)',
    book: '도서',
    encyclopedia: '백과사전',
    'secondary-copy': '2차 사본',
  },
  archived: '보관된 사본',
  archiveLookup: '보관된 사본 찾기',
  readVia: '사본을 통해 읽음',
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
  sources: '출처',
  history: '연혁',
  disputed: '논란',
  disputes: '논란 사항',
  aliases: '다른 이름',
  close: '닫기',
  undated: '날짜 미상',
  loading: '시설을 불러오는 중…',
  loadFailed: (what) => `${what}을(를) 불러오지 못했습니다.`,
  siteData: '시설 데이터',
  retry: '다시 시도',
  panelFailed: '시설 목록과 조작 도구를 불러오지 못했습니다.',
  reload: '페이지 새로 고침',
  offline: {
    shows: (version, date) => `데이터 버전 ${version} (${date}).`,
    kept: '오프라인에서도 볼 수 있도록 이 기기에 저장했습니다.',
    newer: (version, date) => `새 데이터가 준비되었습니다: 버전 ${version} (${date}).`,
    show: '새 데이터 보기',
  },
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
  year: '연도별 보기',
  yearSlider: '연도',
  allYears: '모든 연도 (최신 보도)',
  timelines: { known: '보도 기준', operating: '운영 기준' },
  yearLabel: (timeline, year) => (timeline === 'known' ? `${year}년까지 보도된 시설` : `${year}년에 운영된 시설`),
  layers: '레이어',
  layerNames: {
    kwanliso: '정치범수용소',
    kyohwaso: '교화소',
    'labour-training-camps': '노동단련대',
    'detention-centres': '집결소·구류장',
  },
  provinces: {
    Pyongyang: '평양시',
    Rason: '라선시',
    'North Pyongan': '평안북도',
    'South Pyongan': '평안남도',
    Chagang: '자강도',
    'North Hwanghae': '황해북도',
    'South Hwanghae': '황해남도',
    Kangwon: '강원도',
    'South Hamgyong': '함경남도',
    'North Hamgyong': '함경북도',
    Ryanggang: '량강도',
  },
  language: '언어',
  otherLanguage: 'English',
  otherLanguageCode: 'en',
  downloads: '내려받기',
  downloadGeoJSON: '표시된 시설 (GeoJSON)',
  downloadCSV: '표시된 시설 (CSV)',
  dataLicence: '데이터는 CC BY 4.0으로 공개됩니다: “북한 수용소 지도”를 출처로 밝혀 주세요. HRNK, NKDB, 코리아퓨처의 사실과 좌표는 시설마다 인용되어 있으니 함께 밝혀 주세요.',
  cite: '이 지도 인용하기',
  downloadKML: '표시된 시설 (KML, 구글 어스)',
  downloadPNG: '현재 화면 이미지 (PNG)',
  fullDownloads: '전체 시설 파일:',
  fileTypes: { geojson: 'GeoJSON', kml: 'KML (구글 어스)', csv: 'CSV' },
  dataPackage: '파일 설명 (Frictionless 데이터 패키지)',
  dataVersion: versionKo,
  citation: (version, url) => `북한 수용소 지도, ${versionKo(version)}. ${url}`,
  image: {
    working: '이미지를 그리는 중…',
    failed: '이미지를 그리지 못했습니다.',
    drawn: (date) => `${date} 작성`,
  },
  staticPage: {
    skip: '본문으로 건너뛰기',
    licence: '데이터는 CC BY 4.0: “북한 수용소 지도”를 밝혀 주세요. 모든 사실은 출처를 밝힙니다.',
  },
  sitePage: {
    link: '이 시설의 페이지: 인용, 공유, 내려받기',
    description: ({ type, place, ministry, status, evidence }) => `북한 ${place}의 ${type}. ${ministry}. ${status}. 근거: ${evidence}.`,
    place: (county, province) => `${province} ${county}`,
    location: '위치',
    mapAlt: (name, precision) => `${name}의 보도된 위치 지도. ${precision}`,
    coordinates: (lat, lon) => `공개된 좌표: 북위 ${lat}°, 동경 ${lon}°.`,
    openMap: '대화형 지도에서 열기',
    downloads: '이 시설 내려받기',
    corrections: '이 시설의 정정 기록',
    noCorrections: '이 시설에 대해 기록된 정정이 없습니다.',
    allCorrections: '데이터 정정 기록 전체',
    cite: '이 시설 인용하기',
    citation: (name, version, url) => `“${name}”. 북한 수용소 지도, ${versionKo(version)}. ${url}`,
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
    feed: '정정 기록 구독 (Atom 피드)',
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
    keepView: '지금 보고 있는 확대 수준과 위치 유지 (아니면 지도가 해당 시설이나 전체 시설을 맞춰 보여 줌)',
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
    credits: '데이터: CC BY 4.0, HRNK·NKDB·코리아퓨처의 사실을 시설마다 인용. 배경 지도: Natural Earth(퍼블릭 도메인), GeoNames(CC BY 4.0).',
    previewAlt: ({ total, ministry, type }) =>
      `보도된 수용소와 구금시설 ${total}곳을 표시한 북한 정적 지도. 운영 기관별: ` +
      `${present(ministry).map(([key, n]) => `${PREVIEW_KO.operator[key]} ${n}곳`).join(', ')}. 유형별: ` +
      `${present(type).map(([key, n]) => `${PREVIEW_KO.type[key]} ${n}곳`).join(', ')}.`,
    mapUi: {
      'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + 스크롤로 지도를 확대·축소하세요',
      'CooperativeGesturesHandler.MacHelpText': '⌘ + 스크롤로 지도를 확대·축소하세요',
      'CooperativeGesturesHandler.MobileHelpText': '두 손가락으로 지도를 움직이세요',
      'FullscreenControl.Enter': '전체 화면',
      'FullscreenControl.Exit': '전체 화면 종료',
    },
  },
  // --- end embed (#5) ---
  // --- the first view (#14) ---
  newCampLabel: '신설',
  newCamp: (since) => `신설 수용소 (${since})`,
  ministryShort: { MSS: '보위성', MSoS: '안전성', KPA: '인민군', PC: '인민위원회', WPK: '로동당', unknown: '운영 기관 미상' },
  key: {
    title: '범례',
    ministries: { MSS: '국가보위성', MSoS: '사회안전성' },
    abbreviations: { MSS: '(보위성)', MSoS: '(안전성)' },
    fate: {
      MSS: '이곳 정치범수용소에 보내지면 풀려나지 못할 가능성이 크다.',
      MSoS: '이곳 정치범수용소에서는 모범 수감자가 석방될 수도 있다.',
    },
    source: '두 기관의 별개 수용소 체계, 출처:',
    operators: '다른 운영 기관',
    types: '유형',
    newCamp: (year) => `신설 수용소: ${year}년 이후 설립`,
    cluster: '가까이 모인 여러 시설: 선택하면 확대',
  },
  chooser: (count) => `이곳의 시설 ${count}곳: 하나를 고르세요`,
  // --- end first view (#14) ---
  ministryNames: {
    MSS: '국가보위성 (보위부)',
    MSoS: '사회안전성 (옛 인민보안성)',
    KPA: '조선인민군',
    PC: '인민위원회',
    WPK: '조선로동당',
    unknown: '운영 기관 미상',
  },
  facilityTypes: {
    kwanliso: '정치범수용소 (관리소)',
    kyohwaso: '교화소',
    'labour-training-camp': '노동단련대',
    'holding-centre': '집결소',
    'detention-centre': '구류장',
    'waiting-room': '대기실',
    'temporary-facility': '임시 구금시설 (분주소·구호소 등)',
    'military-prison': '군 교도소',
    unknown: '유형 미상 시설',
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
