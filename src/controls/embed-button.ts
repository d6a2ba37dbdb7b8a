/** The button that opens the embed-code dialog (embed-dialog.ts), whose code loads at the first click: few readers publish the map. */
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { el } from '../ui/dom.ts';

/**
 * @param getState the page's link when the dialog opens, for the codes to start from
 * @example panel.append(embedButton(en, 'en', () => ({ hash: location.hash })));
 */
export function embedButton(t: Strings, lang: Lang, getState: () => { hash: string }): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'embed-open', 'aria-haspopup': 'dialog' }, t.embed.open);
  let dialog: Promise<() => void> | undefined;
  button.addEventListener('click', () => {
    dialog ??= import('./embed-dialog.ts').then(({ embedDialog }) => embedDialog(t, lang, getState, button));
    void dialog.then((open) => open());
  });
  return button;
}
