/** Switches the interface and the site names between English and Korean. */
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { el } from '../ui/dom.ts';

export function languageControl(t: Strings, onChange: (lang: Lang) => void): { element: HTMLElement } {
  const button = el('button', { type: 'button', class: 'language', lang: t.otherLanguageCode }, t.otherLanguage);
  button.addEventListener('click', () => onChange(t.otherLanguageCode));
  return { element: el('div', { class: 'language-switch' }, button) };
}
