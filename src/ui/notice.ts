/** A polite notice of what could not be shown, so bad data never fails silently or loudly. */
import { LoadError } from '../data/load-error.ts';
import { formatProblem, type Problem } from '../data/problem.ts';
import type { Strings } from '../i18n/strings.ts';
import { el } from './dom.ts';

export function problemsNotice(problems: readonly Problem[], t: Strings): HTMLElement {
  const features = new Set(problems.map((p) => p.feature));
  return el(
    'div',
    { class: 'notice', role: 'status' },
    el('p', {}, t.skippedSites(features.size)),
    el('ul', {}, ...problems.map((problem) => el('li', {}, formatProblem(problem)))),
  );
}

/** A failure the reader can act on: which file failed (or that the sites did), why when known, and a retry button. */
export function failureNotice(t: Strings, retry: () => void, cause?: unknown): HTMLElement {
  const what = cause instanceof LoadError ? cause.file : t.siteData;
  const button = el('button', { type: 'button' }, t.retry);
  const notice = el(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    el('p', {}, t.loadFailed(what)),
    cause instanceof LoadError && el('p', {}, t.loadFailure(cause.failure)),
    button,
  );
  button.addEventListener('click', () => {
    notice.replaceWith(el('p', { role: 'status' }, t.loading));
    retry();
  });
  return notice;
}
