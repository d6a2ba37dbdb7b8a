/** `npm run coverage`: writes the coverage table into geo/README.md from the data and geo/references.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageMarkdown, withCoverage, type References } from './lib/coverage.ts';
import { GEO_DIR, loadGeo } from './lib/geo-files.ts';

const readme = join(GEO_DIR, 'README.md');
const references = JSON.parse(readFileSync(join(GEO_DIR, 'references.json'), 'utf8')) as References;
writeFileSync(readme, withCoverage(readFileSync(readme, 'utf8'), coverageMarkdown(loadGeo(), references)));
