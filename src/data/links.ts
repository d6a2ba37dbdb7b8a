/** The one rule for which URLs become links, apart from the schema so the page can apply it without loading one. */

/** Why the map would not link to this string, or undefined for an absolute `http:` or `https:` URL with a dotted host. */
export function linkProblem(value: string): 'is not a well-formed URL' | 'is not an http(s) link' | undefined {
  // canParse first, as a throw from `new URL` costs more than parsing twice (the schema tries
  // "transliteration" as a URL before the word); the schema used to parse each URL three times.
  if (!URL.canParse(value)) return 'is not a well-formed URL';
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') ? undefined : 'is not an http(s) link';
}

/** True for absolute `http:` and `https:` URLs: the only ones the map will ever link to. */
export function isHttpUrl(value: string): boolean {
  return linkProblem(value) === undefined;
}
