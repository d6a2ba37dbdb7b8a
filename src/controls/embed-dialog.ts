/**
 * The embed-code generator: a modal `<dialog>` with the iframe code and the script code for the
 * current view, a few embed options, Copy buttons and a live preview. The browser's modal
 * dialog traps focus and closes on Escape; closing returns focus to the opening button.
 */
import { DIALOG_STRINGS, type DialogStrings } from '../i18n/embed-dialog.ts';
import type { Strings } from '../i18n/strings.ts';
import { LANGUAGES, type Lang } from '../state/language.ts';
import { THEMES, readHash, withoutView, writeHash, type HashState, type Theme } from '../state/url.ts';
import { el } from '../ui/dom.ts';
import { DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT, clampHeight } from '../embed/protocol.ts';
import { iframeCode, scriptCode } from '../embed/snippets.ts';
import './embed-dialog.css';

/** The preview never grows past this: it shows the embed, not the embed at full size. */
const PREVIEW_MAX = 420;

/**
 * The dialog for the button that opens it (embed-button.ts), attached to `<body>` on its first
 * opening; returns what opens it, on the state the page's link has then.
 * @example const open = embedDialog(en, 'en', () => ({ hash: location.hash }), button); open();
 */
export function embedDialog(t: Strings, lang: Lang, getState: () => { hash: string }, button: HTMLButtonElement): () => void {
  const s = DIALOG_STRINGS[lang];
  const base = new URL(import.meta.env.BASE_URL, location.href).href;
  const id = (name: string) => `embed-dialog-${name}`;

  const theme = el('select', { id: id('theme') }, ...THEMES.map((value) => el('option', { value }, s.themes[value])));
  const language = el('select', { id: id('lang') }, ...LANGUAGES.map((value) => el('option', { value }, s.languageNames[value])));
  const controls = el('input', { id: id('controls'), type: 'checkbox' });
  controls.checked = true;
  // Off by default: the producer's own camera is rarely what a reader of the article should start from.
  const keepView = el('input', { id: id('keep-view'), type: 'checkbox' });
  const height = el('input', { id: id('height'), type: 'number', min: String(MIN_HEIGHT), max: String(MAX_HEIGHT), step: '10', value: String(DEFAULT_HEIGHT) });
  const status = el('p', { class: 'embed-dialog-status', role: 'status' });
  const codeBlock = (name: string, label: string) => {
    const area = el('textarea', { id: id(name), readonly: '', rows: name === 'iframe' ? '4' : '6', spellcheck: 'false' });
    const copy = el('button', { type: 'button', 'aria-describedby': id(`${name}-label`) }, s.copy);
    copy.addEventListener('click', () => void copyText(area, status, s));
    return { area, element: el('div', { class: 'embed-dialog-code' }, el('label', { for: id(name), id: id(`${name}-label`) }, label), area, copy) };
  };
  const iframe = codeBlock('iframe', s.iframeCode);
  const script = codeBlock('script', s.scriptCode);
  // Inert: a look, not a second map to operate. Focus inside a frame would also escape the dialog's Escape key.
  const preview = el('iframe', { class: 'embed-dialog-preview', title: `${s.preview}: ${t.mapLabel}`, src: 'about:blank', inert: '' });
  const previewHeading = el('h3', {}, s.preview);
  const close = el('button', { type: 'button', class: 'embed-dialog-close' }, t.close);

  const dialog = el(
    'dialog',
    { class: 'embed-dialog', 'aria-labelledby': id('title') },
    el('h2', { id: id('title') }, s.dialogTitle),
    el('p', {}, s.intro),
    el(
      'div',
      { class: 'embed-dialog-options' },
      el('label', { for: id('theme') }, s.theme),
      theme,
      el('label', { for: id('lang') }, t.language),
      language,
      el('label', { for: id('height') }, s.height),
      height,
      el('span', { class: 'embed-dialog-check' }, controls, el('label', { for: id('controls') }, s.showControls)),
      el('span', { class: 'embed-dialog-check' }, keepView, el('label', { for: id('keep-view') }, s.keepView)),
    ),
    iframe.element,
    script.element,
    status,
    previewHeading,
    preview,
    close,
  );
  // Replaced, never navigated: no option the producer tries adds a step to the page's history.
  const showInPreview = (url: string) => preview.contentWindow?.location.replace(url);
  let state: HashState = readHash('');
  let hash = '';
  const update = () => {
    const chosen: HashState = {
      ...state,
      lang: language.value as Lang,
      theme: theme.value === 'light' ? undefined : (theme.value as Theme), // light is the default: keep links short
      controls: controls.checked ? undefined : false,
    };
    const from = keepView.checked ? hash : withoutView(hash);
    const code = {
      base,
      hash: writeHash(chosen, from),
      fullHash: writeHash({ ...chosen, theme: undefined, controls: undefined }, from),
      height: clampHeight(Number(height.value)),
      title: t.mapLabel,
      alt: t.embed.noscriptAlt,
    };
    iframe.area.value = iframeCode(code);
    script.area.value = scriptCode(code);
    preview.style.height = `${Math.min(code.height, PREVIEW_MAX)}px`;
    // Only the hash changes between updates, so the preview follows without reloading the map.
    showInPreview(`${base}embed.html${code.hash}`);
  };
  for (const input of [theme, language, controls, keepView, height]) input.addEventListener('change', update);

  const open = () => {
    if (!dialog.isConnected) document.body.append(dialog);
    if (!preview.isConnected) previewHeading.after(preview);
    hash = getState().hash;
    state = readHash(hash);
    language.value = state.lang ?? (document.documentElement.lang === 'ko' ? 'ko' : 'en');
    theme.value = state.theme ?? 'light';
    status.textContent = '';
    update();
    dialog.showModal();
  };
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    // A closed dialog keeps no map (and no WebGL context) alive. The frame is taken out, not sent
    // to about:blank: leaving the embed while it loaded cancelled its requests, which its map
    // then reported as errors.
    preview.remove();
    button.focus();
  });
  return open;
}

async function copyText(area: HTMLTextAreaElement, status: HTMLElement, s: DialogStrings): Promise<void> {
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = s.copied;
  } catch {
    // No clipboard (an insecure page, a refused permission): select the code for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = s.copyFallback;
  }
}
