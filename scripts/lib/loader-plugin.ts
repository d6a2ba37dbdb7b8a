/**
 * Vite plugin: builds `embed.js`, the newsroom loader (src/embed/loader-entry.ts), on its own as
 * one small classic script (IIFE: a CMS pastes `<script src>` without `type=module`, and
 * nothing may leak into the host page's globals), with the iframe titles and the preview's
 * alt text baked in. Emitted at the site root and served the same way by `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { STRINGS } from '../../src/i18n/all-strings.ts';
import type { LoaderText } from '../../src/embed/loader.ts';
import { GEO_DIR } from './geo-files.ts';
import { buildPreview } from './preview-plugin.ts';

export const LOADER_PATH = 'embed.js';
const ENTRY = fileURLToPath(new URL('../../src/embed/loader-entry.ts', import.meta.url));

/** The loader's code, minified, for the sites in `geoDir`. */
export async function buildLoader(geoDir = GEO_DIR): Promise<string> {
  const text: LoaderText = {
    title: { en: STRINGS.en.mapLabel, ko: STRINGS.ko.mapLabel },
    alt: buildPreview(geoDir).alt,
  };
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    define: { __NK_LOADER_TEXT__: JSON.stringify(text) },
    build: {
      write: false,
      target: 'es2019', // newsroom readers' browsers vary more than the map's
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'nkCampMapLoader', fileName: () => LOADER_PATH },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('invalid loader build: no chunk');
  return chunk.code;
}

export function embedLoader(geoDir = GEO_DIR): Plugin {
  return {
    name: 'embed-loader',
    configureServer(server) {
      server.middlewares.use(`/${LOADER_PATH}`, (_request, response, next) => {
        buildLoader(geoDir).then((code) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: LOADER_PATH, source: await buildLoader(geoDir) });
    },
  };
}
