/**
 * HTML from DOM nodes made at build time (happy-dom), serialised here rather than by the DOM
 * library, so that the escaping is in plain sight and tested: text and attribute values are
 * escaped as the HTML standard's serialisation does (and `<`, `>` in attributes too). A script's
 * text is written as it is, so the only script a page may hold is a JSON-LD block from `jsonLd()`.
 */
import { Window } from 'happy-dom';

/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const ELEMENT = 1;
const TEXT = 3;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/**
 * A node and everything in it as HTML; comments are left out.
 * @example serializeHtml(el('p', { title: '"x"' }, '<b>')) // '<p title="&quot;x&quot;">&lt;b&gt;</p>'
 */
export function serializeHtml(node: Node): string {
  if (node.nodeType === TEXT) {
    const parent = node.parentNode as Element | null;
    const text = node.textContent ?? '';
    if (parent && RAW_TEXT.has(parent.localName)) {
      if (/<\/(script|style)/i.test(text)) throw new Error(`invalid ${parent.localName} text: it would end its element early`);
      return text;
    }
    return escapeText(text);
  }
  if (node.nodeType !== ELEMENT) return [...node.childNodes].map(serializeHtml).join('');
  const element = node as Element;
  const name = element.localName;
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  if (VOID.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${[...element.childNodes].map(serializeHtml).join('')}</${name}>`;
}

/**
 * A JSON-LD block: JSON whose every `<` is escaped, so no text in it can close the script.
 * @example jsonLd({ name: '</script>' }).textContent // '{"name":"\\u003c/script>"}'
 */
export function jsonLd(data: object): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
  return script;
}

/**
 * Runs `render` with a DOM as the global `document`, as src/ui/dom.ts expects: the app's own
 * DOM-building code, run at build time in Node.
 * @example withDocument(() => serializeHtml(el('p', {}, 'x'))) // '<p>x</p>'
 */
export function withDocument<T>(render: () => T): T {
  const window = new Window();
  const global = globalThis as { document?: unknown };
  const previous = global.document;
  global.document = window.document;
  try {
    return render();
  } finally {
    if (previous === undefined) delete global.document;
    else global.document = previous;
    void window.happyDOM.close();
  }
}
