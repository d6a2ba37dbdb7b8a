/**
 * Every string the app's pages show, in English; `Strings` is their shape, which the Korean
 * (ko.ts) follows. Each page loads only its reader's language (languages.ts). The static pages'
 * own strings are in page-strings.ts. Data (names, sources) is not here.
 */
import type { LoadFailure } from '../data/load-error.ts';
import type { DataVersion } from '../data/version.ts';
import type { FacilityType, Layer, Ministry, Precision, Province, SourceKind, Status } from '../data/vocabulary.ts';
import type { Lang } from '../state/language.ts';
import type { SiteFileType } from '../state/pages.ts';


/** The data version in a citation: the hash of the layers, and the corrections it includes, named by the latest. */
const versionEn = ({ hash, date, corrections, latest }: DataVersion) =>
  latest ? `data version ${hash} of ${date}, with the ${corrections} corrections logged up to “${latest}”` : `data version ${hash} of ${date}, before any logged correction`;

export const en = {
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
  evidence: 'Evidence',
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
  sources: 'Sources',
  close: 'Close',
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
  sitePage: {
    link: 'This site’s own page: to cite, share or download it',
    allCorrections: 'Every correction to the data',
  },
  correctionsPage: {
    feed: 'Follow the corrections (Atom feed)',
  },
  showPanel: 'Sites and filters',
  noMatches: 'No site matches these filters.',
  // --- embed (#5): the embed page, its loader's preview, and the embed-code dialog ---
  embed: {
    open: 'Embed this map',
    noscriptAlt: 'Static map of the reported prison camps in North Korea. Open the full map.',
    sitesButton: (shown: number, total: number) => (shown === total ? `Sites (${total})` : `Sites (${shown} of ${total})`),
    fullMap: 'Open the full map',
    sources: (names: readonly string[], more: number) => `Sources: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    credits: 'Data: CC BY 4.0, with facts from HRNK, NKDB and Korea Future cited per site. Basemap: Natural Earth (public domain), GeoNames (CC BY 4.0).',
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
};

export type Strings = typeof en;

