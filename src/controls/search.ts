/** The search box: filters the sites as you type; Enter opens the first match. */
import type { Strings } from '../i18n/strings.ts';
import { el } from '../ui/dom.ts';

export interface SearchControl {
  element: HTMLElement;
  update(query: string | undefined): void;
}

export function searchControl(t: Strings, onInput: (query: string) => void, onSubmit: () => void): SearchControl {
  const input = el('input', { type: 'search', id: 'site-search', placeholder: t.searchPlaceholder, autocomplete: 'off', spellcheck: 'false' });
  input.addEventListener('input', () => onInput(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') onSubmit();
  });
  return {
    element: el('div', { class: 'search', role: 'search' }, el('label', { for: 'site-search' }, t.search), input),
    update(query) {
      if (input.value !== (query ?? '')) input.value = query ?? '';
    },
  };
}
