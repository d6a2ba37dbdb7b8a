/**
 * `npm run validate [-- files...]`: checks the layers in geo/ and its corrections log (or the given
 * files) together and prints one line per problem as `file: feature: problem`. Exits 1 when there
 * is any problem.
 */
import { formatProblem } from '../src/data/validate.ts';
import { readCorrections } from './lib/corrections.ts';
import { GEO_DIR, geoFiles, layerFiles, validateFiles } from './lib/geo-files.ts';

const args = process.argv.slice(2);
const folder = args.length ? { paths: args.flatMap(geoFiles), problems: [] } : layerFiles(GEO_DIR);
const { files, sites, problems: found } = validateFiles(folder.paths);
// The corrections log belongs to geo/ as a whole, not to a file given alone.
const log = args.length ? [] : readCorrections(new Set(sites.map((site) => site.id))).problems;
const problems = [...folder.problems, ...found, ...log];
for (const problem of problems) console.log(formatProblem(problem));
const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
console.log(
  problems.length
    ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${count}`
    : `${count}, ${sites.length} sites: no problems`,
);
process.exitCode = problems.length ? 1 : 0;
