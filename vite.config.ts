import { defineConfig } from 'vite';
import { campData } from './scripts/lib/data-plugin.ts';

export default defineConfig({
  // Relative paths, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [campData(process.env.CAMP_GEO_DIR)],
  build: { target: 'es2022', sourcemap: false },
});
