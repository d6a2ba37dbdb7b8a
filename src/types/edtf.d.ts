// edtf ships no types; these cover the calls this project makes (src/data/edtf.ts).
declare module 'edtf' {
  /** Parses an EDTF string into an object with the earliest and latest instants it may mean, in ms. */
  export default function edtf(text: string): { min: number; max: number };
  /** Parses an EDTF string into its structure: type, values, qualifiers. Throws on bad syntax. */
  export function parse(text: string): unknown;
}
