/** The stylesheet and script the static pages share: the build's `site-page` entry (vite.config.ts). */
import type { Rolldown } from 'vite';
import type { PageAssets } from './page-shell.ts';

export const PAGE_ENTRY = 'site-page';

/**
 * The entry's files in a finished bundle, as paths from the root.
 * @example pageAssets(bundle) // {styles: ['assets/site-page-a1b2.css'], script: 'assets/site-page-c3d4.js'}
 */
export function pageAssets(bundle: Rolldown.OutputBundle): PageAssets {
  const entry = Object.values(bundle).find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry && file.name === PAGE_ENTRY);
  if (!entry) throw new Error(`invalid build: no "${PAGE_ENTRY}" entry (vite.config.ts build.rolldownOptions.input)`);
  return { styles: [...(entry.viteMetadata?.importedCss ?? [])], script: entry.fileName };
}
