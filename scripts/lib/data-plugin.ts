/**
 * Vite plugin: the build gate. `npm start` and `npm run build` validate geo/ with the same
 * rules as `npm run validate` and refuse to go on with the same messages; valid data is
 * served and emitted as `data/camps.geojson`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../../src/data/validate.ts';
import { GEO_DIR, geoFiles, validateFiles } from './geo-files.ts';

export const DATA_PATH = 'data/camps.geojson';

export function campData(geoDir = GEO_DIR): Plugin {
  const campsFile = join(geoDir, 'camps.geojson');
  const minified = () => JSON.stringify(JSON.parse(readFileSync(campsFile, 'utf8')));
  return {
    name: 'camp-data',
    buildStart() {
      const problems = validateFiles(geoFiles(geoDir)).flatMap((report) => report.problems);
      if (problems.length) {
        this.error(`the data in geo/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
      for (const file of geoFiles(geoDir)) this.addWatchFile(file);
    },
    configureServer(server) {
      server.middlewares.use(`/${DATA_PATH}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(minified());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATA_PATH, source: minified() });
    },
  };
}
