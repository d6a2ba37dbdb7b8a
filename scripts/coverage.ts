/** `npm run coverage`: writes the coverage table into geo/README.md and the every-site table into geo/SOURCES.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVERAGE_END, COVERAGE_START, SITES_END, SITES_START, between, coverageMarkdown, sitesMarkdown, type References } from './lib/coverage.ts';
import { GEO_DIR, loadGeo } from './lib/geo-files.ts';

const sites = loadGeo();
const references = JSON.parse(readFileSync(join(GEO_DIR, 'references.json'), 'utf8')) as References;
const rewrite = (file: string, start: string, end: string, table: string) => {
  const path = join(GEO_DIR, file);
  writeFileSync(path, between(readFileSync(path, 'utf8'), start, end, table));
};
rewrite('README.md', COVERAGE_START, COVERAGE_END, coverageMarkdown(sites, references));
rewrite('SOURCES.md', SITES_START, SITES_END, sitesMarkdown(sites));
