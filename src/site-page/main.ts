/**
 * The one script of the static pages (a site's page, the corrections page), which work whole
 * without it: it writes the reader's date where a citation asks for the access date, and the
 * page's full address where the build did not know the public one (no SITE_URL).
 */
import './site-page.css';

const now = new Date();
const [year, month, day] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
const locale = document.documentElement.lang === 'ko' ? 'ko-KR' : 'en-GB';
const formats: Record<string, () => string> = {
  words: () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now),
  iso: () => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  // CSL-JSON's date-parts: the list inside `"date-parts": [ … ]`.
  parts: () => JSON.stringify([year, month, day]),
};
for (const element of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  const format = formats[element.dataset.accessDate ?? ''];
  if (format) element.textContent = format();
}

// A relative canonical link, resolved by the browser, is the page's own full address.
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
if (canonical) for (const element of document.querySelectorAll('[data-page-url]')) element.textContent = canonical;
