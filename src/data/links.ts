/** The one rule for which URLs become links, apart from the schema so the page can apply it without loading one. */

/** True for absolute `http:` and `https:` URLs: the only ones the map will ever link to. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname.includes('.');
}
