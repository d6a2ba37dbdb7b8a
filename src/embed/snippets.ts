/** The two embed codes a newsroom pastes, as text. Used by the embed dialog; the README shows the same. */
import { DEFAULT_HEIGHT } from './protocol.ts';

export interface EmbedCode {
  /** Absolute URL of the map's root, ending in `/`. */
  base: string;
  /** The hash for the embed (writeHash output), e.g. `#site=sungho-ri&lang=en`. */
  hash: string;
  /** The hash for the full map, without the embed-only keys. */
  fullHash: string;
  height?: number;
  /** The iframe's title, for screen readers. */
  title: string;
  /** The static preview's alt text, for the `<noscript>` fallback. */
  alt: string;
}

/**
 * The plain iframe: works in any page, keeps the height it is given.
 * @example iframeCode({ base: 'https://maps.example.org/', hash: '#site=yodok', fullHash: '#site=yodok', title: 'Map', alt: '' })
 *   // '<iframe src="https://maps.example.org/embed.html#site=yodok" title="Map" width="100%" height="500" ...></iframe>'
 */
export function iframeCode({ base, hash, height = DEFAULT_HEIGHT, title }: EmbedCode): string {
  return (
    `<iframe src="${attr(`${base}embed.html${hash}`)}" title="${attr(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer" allow="fullscreen" allowfullscreen></iframe>`
  );
}

/**
 * The loader: a placeholder with a `<noscript>` preview, and the script that turns it into a
 * lazy, self-sizing iframe.
 */
export function scriptCode({ base, hash, fullHash, height = DEFAULT_HEIGHT, alt }: EmbedCode): string {
  return [
    `<div data-nk-camp-map data-src="${attr(`${base}embed.html${hash}`)}" data-height="${height}">`,
    `  <noscript><a href="${attr(`${base}index.html${fullHash}`)}"><img src="${attr(`${base}preview.svg`)}" alt="${attr(alt)}" width="400"></a></noscript>`,
    '</div>',
    `<script src="${attr(`${base}embed.js`)}" async></script>`,
  ].join('\n');
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
