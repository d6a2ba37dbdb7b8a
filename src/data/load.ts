/** Fetches and validates the camps file in the browser. */
import { parseJson, validateSites, type Validated } from './validate.ts';

/** The sites that pass validation, and the problems of those that do not; throws only if the fetch fails. */
export async function loadSites(url: string): Promise<Validated> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const file = url.split('/').pop() ?? url;
  const parsed = parseJson(await response.text(), file);
  if ('problem' in parsed) return { sites: [], problems: [parsed.problem] };
  return validateSites(parsed.json, file);
}
