/**
 * Vite plugin: the public corrections log as a page in each language (corrections/,
 * ko/corrections/) and as an Atom feed (corrections.atom), every entry of geo/corrections.json.
 */
import { randomUUID } from 'node:crypto';
import { Feed } from 'feed';
import type { Plugin } from 'vite';
import type { Correction, CorrectionsLog } from '../../src/data/corrections.ts';
import { PAGE_STRINGS } from '../../src/i18n/page-strings.ts';
import { LANGUAGES, type Lang } from '../../src/state/language.ts';
import { CORRECTIONS_FEED, MAP_CARD, correctionsPagePath, toRoot } from '../../src/state/pages.ts';
import { el, escapeHtml } from '../../src/ui/dom.ts';
import { loadCorrections } from './corrections.ts';
import { correctionList, newestFirst } from './correction-list.ts';
import { GEO_DIR, loadGeo } from './geo-files.ts';
import { withDocument } from './html.ts';
import { pageAssets } from './page-assets.ts';
import { renderPage, type PageAssets } from './page-shell.ts';

export function correctionsPages(geoDir = GEO_DIR, siteUrl?: URL): Plugin {
  return {
    name: 'corrections-pages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const log = loadCorrections(loadGeo(geoDir), geoDir);
      const assets = pageAssets(bundle);
      withDocument(() => {
        for (const lang of LANGUAGES) {
          this.emitFile({ type: 'asset', fileName: `${correctionsPagePath(lang)}index.html`, source: correctionsPage(log, lang, assets, siteUrl) });
        }
      });
      this.emitFile({ type: 'asset', fileName: CORRECTIONS_FEED, source: correctionsFeed(log.entries, siteUrl) });
    },
  };
}

/** The page listing every entry, newest first; run inside `withDocument`. */
export function correctionsPage(log: CorrectionsLog, lang: Lang, assets: PageAssets, siteUrl: URL | undefined): string {
  const t = PAGE_STRINGS[lang];
  const path = correctionsPagePath(lang);
  const root = toRoot(path);
  return renderPage(
    {
      lang,
      path,
      alternates: Object.fromEntries(LANGUAGES.map((code) => [code, correctionsPagePath(code)])) as Record<Lang, string>,
      title: t.correctionsPage.title,
      description: t.correctionsPage.intro,
      card: { path: MAP_CARD, alt: t.title },
      mapLink: lang === 'en' ? '' : `#lang=${lang}`,
      feed: CORRECTIONS_FEED,
      assets,
      siteUrl,
    },
    [
      el('h1', {}, t.correctionsPage.title),
      el('p', {}, t.correctionsPage.intro),
      el('p', {}, t.correctionsPage.baseline(log.baseline.commit), ' ', el('a', { href: `${root}${CORRECTIONS_FEED}`, type: 'application/atom+xml' }, t.correctionsPage.feed)),
      correctionList(log.entries, t, lang, { heading: 'h2', root, anchors: true }),
    ],
  );
}

/**
 * The log as an Atom feed, newest first. Entry ids are URNs of the log's own ids, so they stay
 * the same wherever the site is hosted. Links are absolute where SITE_URL is set; without it
 * they are relative to the feed, which Atom allows but the feed library does not, so they are
 * written against a stand-in base that is then taken out.
 * @example correctionsFeed(log.entries, undefined).includes('<id>urn:nk-camp-map:correction:') // true
 */
export function correctionsFeed(entries: readonly Correction[], siteUrl: URL | undefined): string {
  const t = PAGE_STRINGS.en;
  // Unguessable, so no text in the log can contain it.
  const standIn = `https://relative.invalid/${randomUUID()}/`;
  const link = (path: string) => new URL(path, siteUrl ?? standIn).href;
  const sorted = newestFirst(entries);
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const feed = new Feed({
    id: 'urn:nk-camp-map:corrections',
    title: `${t.title}: ${t.correctionsPage.title}`,
    description: t.correctionsPage.intro,
    link: link(correctionsPagePath('en')),
    language: 'en',
    updated: day(sorted[0]?.date ?? '1970-01-01'),
    feedLinks: { atom: link(CORRECTIONS_FEED) },
    copyright: 'CC BY 4.0',
    generator: false,
  });
  for (const entry of sorted) {
    const words = t.correctionsPage;
    const html = [
      `<p>${escapeHtml(entry.summary)}</p>`,
      `<p><b>${escapeHtml(words.reason)}:</b> ${escapeHtml(entry.reason)}</p>`,
      `<p><b>${escapeHtml(words.sites)}:</b> ${entry.sites.map(escapeHtml).join(', ')}</p>`,
      `<p><b>${escapeHtml(t.sources)}:</b></p><ul>${entry.sources.map((url) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`).join('')}</ul>`,
    ].join('');
    feed.addItem({
      id: `urn:nk-camp-map:correction:${entry.id}`,
      // The feed library marks titles and summaries as HTML: the log's text goes in escaped.
      title: escapeHtml(`${words.changes[entry.change]}: ${entry.sites.join(', ')}`),
      link: link(`${correctionsPagePath('en')}#${entry.id}`),
      date: day(entry.date),
      description: escapeHtml(entry.summary),
      content: html,
    });
  }
  return siteUrl ? feed.atom1() : feed.atom1().replaceAll(`href="${standIn}`, 'href="');
}
