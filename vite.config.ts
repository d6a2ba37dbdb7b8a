import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { campData } from './scripts/lib/data-plugin.ts';
import { embedLoader } from './scripts/lib/loader-plugin.ts';
import { embedPreview } from './scripts/lib/preview-plugin.ts';

export default defineConfig({
  // Relative paths, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [
    campData(process.env.CAMP_GEO_DIR),
    // Embed (#5): the static preview.svg and the newsroom loader embed.js, both built from geo/.
    embedPreview(process.env.CAMP_GEO_DIR),
    embedLoader(process.env.CAMP_GEO_DIR),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Embed (#5): embed.html is a second page, the map for newsrooms' iframes.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
