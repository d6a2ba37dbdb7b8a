/** The data version of a data folder, as every citation in the build names it (src/data/version.ts). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataVersionOf, type DataVersion } from '../../src/data/version.ts';
import { CORRECTIONS_FILE } from './corrections.ts';
import { GEO_DIR, dataVersion } from './geo-files.ts';

/** When the data last changed, from git; today where there is no history (e.g. a tarball). */
export function dataDate(dir = GEO_DIR): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || today();
  } catch {
    return today();
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The hash of the layers, the day they last changed, and the corrections the log holds. The log
 * is read as it is, unvalidated: this runs when the build's config loads, before the build gate
 * (data-plugin.ts), which refuses a bad log with a message per problem.
 * @example versionOf() // {hash: '1a2b3c4d', date: '2026-12-03', corrections: 38, latest: '2026-12-03-…'}
 */
export function versionOf(dir = GEO_DIR): DataVersion {
  const path = join(dir, CORRECTIONS_FILE);
  const log = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { entries?: unknown }) : {};
  const entries = (Array.isArray(log.entries) ? log.entries : []).filter(
    (entry): entry is { id: string; date: string } => typeof entry?.id === 'string' && typeof entry?.date === 'string',
  );
  return dataVersionOf(dataVersion(dir), dataDate(dir), entries);
}
