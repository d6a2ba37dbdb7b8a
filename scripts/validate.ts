/**
 * `npm run validate [-- files...]`: checks geo/ (or the given files) and prints one line per
 * problem as `file: feature: problem`. Exits 1 when there is any problem.
 */
import { formatProblem } from '../src/data/validate.ts';
import { GEO_DIR, geoFiles, validateFiles } from './lib/geo-files.ts';

const args = process.argv.slice(2);
const reports = validateFiles((args.length ? args : [GEO_DIR]).flatMap(geoFiles));
const problems = reports.flatMap((report) => report.problems);
for (const problem of problems) console.log(formatProblem(problem));
const sites = reports.reduce((sum, report) => sum + report.siteCount, 0);
const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
console.log(
  problems.length
    ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files}`
    : `${files}, ${sites} sites: no problems`,
);
process.exitCode = problems.length ? 1 : 0;
