/**
 * Vite plugin: emits the glyphs of the map's labels that are not committed (glyphs.ts) into the
 * map's glyph folder, with their font's licence, and serves them under `npm start`. A label whose
 * characters have no glyph stops the build, naming them.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { GEO_DIR, dataVersion, loadGeo } from './geo-files.ts';
import { GLYPH_DIR, HANGUL_LICENCE, glyphFiles, labelTexts } from './glyphs.ts';

export function labelGlyphs(geoDir = GEO_DIR): Plugin {
  let made: { version: string; files: Promise<Map<string, Buffer>> } | undefined;
  // Once per content of the layers, which `npm start` lets change under it. The build gate
  // (data-plugin.ts) has already refused bad data.
  const files = () => {
    const version = dataVersion(geoDir);
    if (made?.version !== version) made = { version, files: glyphFiles(labelTexts(loadGeo(geoDir), geoDir)) };
    return made.files;
  };
  return {
    name: 'label-glyphs',
    configureServer(server) {
      // Mounted as requested: the folder's name has spaces, which the request's path carries escaped.
      server.middlewares.use(`/${encodeURI(GLYPH_DIR)}/`, (request, response, next) => {
        const name = decodeURIComponent(request.url ?? '').slice(1);
        files().then((built) => {
          const body = built.get(name);
          if (!body) return next();
          response.setHeader('Content-Type', 'application/x-protobuf');
          response.end(body);
        }, next);
      });
    },
    async generateBundle() {
      const built = await files();
      for (const [name, source] of built) this.emitFile({ type: 'asset', fileName: `${GLYPH_DIR}/${name}`, source });
      if (built.size) this.emitFile({ type: 'asset', fileName: HANGUL_LICENCE.fileName, source: readFileSync(HANGUL_LICENCE.path) });
    },
  };
}
