/** Every string of strings.ts, in Korean: loaded only for a reader who reads the map in Korean (languages.ts). */
import type { DataVersion } from '../data/version.ts';
import type { Strings } from './strings.ts';

/** The data version in a citation (strings.ts's versionEn). */
const versionKo = ({ hash, date, corrections, latest }: DataVersion) =>
  latest ? `데이터 버전 ${hash} (${date}), “${latest}”까지의 정정 ${corrections}건 반영` : `데이터 버전 ${hash} (${date}), 기록된 정정 없음`;

export const ko: Strings = {
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
  evidence: '근거',
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
  sources: '출처',
  close: '닫기',
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
  sitePage: {
    link: '이 시설의 페이지: 인용, 공유, 내려받기',
    allCorrections: '데이터 정정 기록 전체',
  },
  correctionsPage: {
    feed: '정정 기록 구독 (Atom 피드)',
  },
  showPanel: '시설 및 필터',
  noMatches: '조건에 맞는 시설이 없습니다.',
  // --- embed (#5) ---
  embed: {
    open: '이 지도 퍼가기',
    noscriptAlt: '북한의 보도된 수용소 정적 지도. 전체 지도를 엽니다.',
    sitesButton: (shown, total) => (shown === total ? `시설 (${total})` : `시설 (${total}곳 중 ${shown}곳)`),
    fullMap: '전체 지도 열기',
    sources: (names, more) => `출처: ${names.join(', ')}${more > 0 ? ` 외 ${more}곳` : ''}.`,
    credits: '데이터: CC BY 4.0, HRNK·NKDB·코리아퓨처의 사실을 시설마다 인용. 배경 지도: Natural Earth(퍼블릭 도메인), GeoNames(CC BY 4.0).',
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
};
