/**
 * Vite plugin: the build gate. `npm start` and `npm run build` validate geo/ with the same
 * rules as `npm run validate` and refuse to go on with the same messages; valid layers are
 * served and emitted as `data/<layer>.geojson`, each with its table of dates (publish.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../../src/data/validate.ts';
import { GEO_DIR, layerFiles, validateFiles } from './geo-files.ts';
import { readCorrections } from './corrections.ts';
import { publishLayer } from './publish.ts';

export const DATA_DIR = 'data';

export function campData(geoDir = GEO_DIR): Plugin {
  const published = (path: string) => publishLayer(JSON.parse(readFileSync(path, 'utf8')));
  return {
    name: 'camp-data',
    buildStart() {
      const { paths, problems: missing } = layerFiles(geoDir);
      const { sites, problems: found } = validateFiles(paths);
      const problems = [...missing, ...found, ...readCorrections(new Set(sites.map((site) => site.id)), geoDir).problems];
      if (problems.length) {
        this.error(`the data in geo/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
      for (const path of paths) this.addWatchFile(path);
    },
    configureServer(server) {
      for (const path of layerFiles(geoDir).paths) {
        server.middlewares.use(`/${DATA_DIR}/${basename(path)}`, (_request, response) => {
          response.setHeader('Content-Type', 'application/geo+json');
          response.end(published(path));
        });
      }
    },
    generateBundle() {
      for (const path of layerFiles(geoDir).paths) this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${basename(path)}`, source: published(path) });
    },
  };
}
