/** Messages between the page and its service worker. */

/** What the page asks: the worker's data version, or that a waiting worker take over now. */
export type WorkerMessage = { type: 'version' } | { type: 'activate' };

/** The worker's answer to `version`. */
export interface WorkerVersion {
  dataVersion: string;
  dataDate: string;
}
