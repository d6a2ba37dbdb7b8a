/** Validation as the CLI, the build and the tests run it: every check, at Node's speed. */
import * as z from 'zod/mini';
import { readEdtf } from './edtf.ts';
import { closePairs, placeCheck, type Boundaries } from './geography.ts';
import { siteSchema } from './site.ts';
import type { ValidateOptions } from './validate.ts';

// Generated code runs the schema several times faster than zod's interpreter, but it needs
// `new Function`, which the app's CSP forbids: only Node code may import this module. Strict,
// so that a schema change the compiler cannot follow fails here rather than quietly slowing down.
export const compiledSiteSchema = z.compile(siteSchema, { strict: true });

/** The geographic checks against these boundaries, the 100 m rule, the compiled site schema and the EDTF parser. */
export function nodeChecks(boundaries: Boundaries): ValidateOptions {
  return { checkPlace: placeCheck(boundaries), closePairs, schema: compiledSiteSchema, readDate: readEdtf };
}
