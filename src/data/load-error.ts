/** Why a layer file could not be read, apart from the loader, so the page can say so without loading the validator. */

/** Why the file could not be read: each is worth a retry, unlike a problem in the data. */
export type LoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'damaged'; detail: string };

export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly failure: LoadFailure,
  ) {
    super(`${file}: could not load (${failure.kind})`);
    this.name = 'LoadError';
  }
}
