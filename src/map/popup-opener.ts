/**
 * Opens a site's popup with its details (popup.ts), whose code loads when a reader first opens a
 * site: the first view needs none of it. A later call wins over one still waiting for the code.
 */
import type { Site } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import type { SiteMap } from './map-or-preview.ts';
// Here rather than in popup.ts, which the build also runs in Node; with the opener's chunk, not the page's first stylesheets.
import './popup.css';

/** What the details are written in, and the address of the site's own page. */
export interface PopupWords {
  t: Strings;
  lang: Lang;
  page?: string;
}

/**
 * @example const open = popupOpener(campMap); open(site, { t, lang, page }); open(undefined, { t, lang }) // closes it
 */
export function popupOpener(map: Pick<SiteMap, 'showPopup'>): (site: Site | undefined, words: PopupWords, focus?: boolean) => void {
  let latest = 0;
  return (site, { t, lang, page }, focus) => {
    const call = ++latest;
    if (!site) return map.showPopup(undefined, undefined, focus);
    import('./popup.ts').then(
      ({ siteDetails }) => call === latest && map.showPopup(site, siteDetails(site, t, lang, { page }), focus),
      (error: unknown) => console.error(error),
    );
  };
}
