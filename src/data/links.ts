/** The one rule for which URLs become links, apart from the schema so the page can apply it without loading one. */

type LinkProblem = 'is not a well-formed URL' | 'is not an http(s) link';

// A site cites its sources' URLs again and again (first report, history, disputes, each
// source itself), and parsing a URL was a third of the schema's time: the latest answers are kept.
const RECENT = 64;
const recent = new Map<string, LinkProblem | null>();

/** Why the map would not link to this string, or undefined for an absolute `http:` or `https:` URL with a dotted host. */
export function linkProblem(value: string): LinkProblem | undefined {
  let problem = recent.get(value);
  if (problem === undefined) {
    problem = judge(value);
    recent.set(value, problem);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value ?? '');
  }
  return problem ?? undefined;
}

function judge(value: string): LinkProblem | null {
  // Without a colon there is no scheme, so no absolute URL: the schema tries "transliteration"
  // as a URL before the word, and a throw from `new URL` costs more than the parse itself.
  if (!value.includes(':')) return 'is not a well-formed URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a well-formed URL';
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') ? null : 'is not an http(s) link';
}

/** True for absolute `http:` and `https:` URLs: the only ones the map will ever link to. */
export function isHttpUrl(value: string): boolean {
  return linkProblem(value) === undefined;
}
