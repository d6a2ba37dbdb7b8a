/** The corrections log on disk and the baseline it starts from, read through git. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { factsOf, validateCorrections, type CorrectionsLog, type Facts } from '../../src/data/corrections.ts';
import type { Site } from '../../src/data/site.ts';
import { formatProblem, type Problem } from '../../src/data/validate.ts';
import { GEO_DIR, ROOT } from './geo-files.ts';

export const CORRECTIONS_FILE = 'corrections.json';

/** The log in a data folder, validated against the sites there now. */
export function readCorrections(siteIds: ReadonlySet<string>, dir = GEO_DIR): { log?: CorrectionsLog; problems: Problem[] } {
  const path = join(dir, CORRECTIONS_FILE);
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) return { problems: [{ file, feature: '', message: 'is missing: every change to a fact must be logged' }] };
  return validateCorrections(JSON.parse(readFileSync(path, 'utf8')), file, siteIds);
}

/**
 * The log of a data folder whose sites are valid; throws on any problem, which the build gate
 * (data-plugin.ts) has already reported line by line.
 * @example loadCorrections(loadGeo()).entries.length // 38
 */
export function loadCorrections(sites: readonly Site[], dir = GEO_DIR): CorrectionsLog {
  const { log, problems } = readCorrections(new Set(sites.map((site) => site.id)), dir);
  if (!log || problems.length) throw new Error(`invalid corrections log in ${dir}:\n${problems.map(formatProblem).join('\n')}`);
  return log;
}

/**
 * The facts of every site in geo/ at a commit, or undefined where there is no git history to
 * read (a tarball): then nothing can be compared.
 */
export function factsAtCommit(commit: string): Facts[] | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const files = git('ls-tree', '--name-only', commit, 'geo/').split('\n').filter((name) => name.endsWith('.geojson'));
    return files.flatMap((name) => {
      const { features = [] } = JSON.parse(git('show', `${commit}:${name}`)) as { features?: unknown[] };
      return features.flatMap((feature) => factsOf(feature) ?? []);
    });
  } catch {
    return undefined;
  }
}
