/** A problem in the data, apart from the validator, so the page can show one without loading zod. */

export interface Problem {
  file: string;
  /** The feature's id, `#index` where it has none, or empty for a problem with the whole file. */
  feature: string;
  message: string;
}

/** One line per problem, the format the CLI and the build print: `file: feature: problem`. */
export function formatProblem({ file, feature, message }: Problem): string {
  return feature ? `${file}: ${feature}: ${message}` : `${file}: ${message}`;
}
