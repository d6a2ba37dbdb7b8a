/**
 * The data version every citation names: a hash of the layer files (never of the corrections
 * log, so fixing a typo in the log changes no citation), the day the data last changed, and
 * which entries of the corrections log it includes, named by the newest.
 */
export interface DataVersion {
  /** The first 8 hex digits of the SHA-256 of the layer files (scripts/lib/geo-files.ts). */
  hash: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** How many corrections the log holds. */
  corrections: number;
  /** The id of the newest, absent while the log is empty. */
  latest?: string;
}

/**
 * The version of data whose log holds these entries, in the order the log lists them.
 * @example dataVersionOf('1a2b3c4d', '2026-12-03', [{ id: 'a', date: '2026-12-01' }, { id: 'b', date: '2026-12-03' }]) // {hash: '1a2b3c4d', date: '2026-12-03', corrections: 2, latest: 'b'}
 */
export function dataVersionOf(hash: string, date: string, entries: readonly { id: string; date: string }[]): DataVersion {
  // The newest by date; of entries of one day, the one listed last.
  const latest = entries.reduce<{ id: string; date: string } | undefined>((newest, entry) => (!newest || entry.date >= newest.date ? entry : newest), undefined);
  return { hash, date, corrections: entries.length, ...(latest ? { latest: latest.id } : {}) };
}
