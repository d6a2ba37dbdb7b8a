import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/lib/csp-plugin.ts';
import { campData } from './scripts/lib/data-plugin.ts';
import { noSourceMaps } from './scripts/lib/no-source-maps.ts';

export default defineConfig({
  // Relative paths, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [campData(process.env.CAMP_GEO_DIR), contentSecurityPolicy(), noSourceMaps()],
  build: { target: 'es2022', sourcemap: false },
});
