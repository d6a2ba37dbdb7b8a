/**
 * Builds DOM from untrusted data safely: strings always become text nodes, and only
 * http(s) URLs ever become links. Nothing here parses HTML.
 */
import { isHttpUrl } from '../data/links.ts';

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; string children are inserted as text.
 * @example el('p', { class: 'note' }, 'Camp <b>14</b>') // <p class="note">Camp &lt;b&gt;14&lt;/b&gt;</p>
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * A link that opens in a new tab, or plain text when the URL is not http(s).
 * @example safeLink('javascript:alert(1)', 'x') // <span>x</span>
 */
export function safeLink(url: string, text: string): HTMLElement {
  if (!isHttpUrl(url)) return el('span', {}, text);
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/**
 * Text for the formats that carry HTML as a string (a KML balloon, an Atom entry's content):
 * quotes escaped too, so it may stand in an attribute.
 * @example escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
