/** The embed's footer: a link to the full map with the same state, and who the data rests on. */
import type { Site } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import { writeHash, type HashState } from '../state/url.ts';
import { el } from '../ui/dom.ts';
import { rankedPublishers } from './credits.ts';

/** How many publishers to name before "and N more": enough to credit, short enough for a phone. */
const NAMED = 3;

export interface EmbedFooter {
  element: HTMLElement;
  /** Credits the publishers of the sites now shown, those of the selected site first. */
  setSites(sites: readonly Site[], selected?: Site): void;
  /** Points the full-map link at the same view, site, filters and year. */
  setLink(state: HashState, hash: string): void;
}

/**
 * The URL of the full map for an embed's state; the embed-only keys (theme, controls) are dropped.
 * @example fullMapUrl({ site: 'yodok', filters: NO_FILTERS, theme: 'dark' }, '#map=8/40/127', 'https://maps.example.org/embed.html')
 *   // 'https://maps.example.org/index.html#map=8/40/127&site=yodok'
 */
export function fullMapUrl(state: HashState, hash: string, embedUrl: string): string {
  return new URL(`index.html${writeHash({ ...state, theme: undefined, controls: undefined }, hash)}`, embedUrl).href;
}

/**
 * The footer, in `element` when given: the one the build wrote into embed.html (a plain link's,
 * in English), which stays as it is until setSites names the shown sites' publishers. The map
 * beside it then keeps its size from the first paint, and a Korean footer takes its place at once.
 */
export function embedFooter(t: Strings, element?: HTMLElement): EmbedFooter {
  // Our own page, not data: a plain link, opened outside the frame like every other link here.
  const link = el('a', { class: 'embed-title', href: 'index.html', target: '_blank', rel: 'noopener noreferrer' }, `${t.title} · ${t.embed.fullMap} ↗`);
  const sources = el('span', { class: 'embed-sources' });
  const content = [link, el('p', { class: 'embed-credits' }, sources, ' ', t.embed.credits)];
  // The id is what embed.html's first paint waits for.
  const footer = element ?? el('footer', { id: 'embed-footer', class: 'embed-footer' }, ...content);
  return {
    element: footer,
    setSites(sites, selected) {
      const names = rankedPublishers(sites, selected);
      sources.textContent = names.length ? t.embed.sources(names.slice(0, NAMED), names.length - NAMED) : '';
      // The build's footer shows until now; a footer made here holds its content from the start.
      if (!footer.contains(link)) footer.replaceChildren(...content);
    },
    setLink(state, hash) {
      link.href = fullMapUrl(state, hash, location.href);
    },
  };
}
