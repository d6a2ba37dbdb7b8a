// @vitest-environment happy-dom
/** The safe DOM helpers: data is always text, and only http(s) URLs become links. */
import { describe, expect, it } from 'vitest';
import { el, safeLink } from '../../../src/ui/dom.ts';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'; alert(1); '",
  "{{constructor.constructor('alert(1)')()}}",
  '&lt;b&gt;not decoded&lt;/b&gt;',
  'معسكر الاعتقال <b>x</b>',
];

describe('el', () => {
  it.each(PAYLOADS)('keeps %j as one text node, never an element', (payload) => {
    const element = el('p', {}, payload);
    expect(element.childNodes).toHaveLength(1);
    expect(element.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(element.children).toHaveLength(0);
    expect(element.textContent).toBe(payload);
  });

  it('escapes markup when serialised, so it cannot become markup later either', () => {
    // Reading outerHTML (never writing it) is the plainest proof of what the browser holds.
    // eslint-disable-next-line no-restricted-properties
    expect(el('p', { class: 'note' }, 'Camp <b>14</b> & "x"').outerHTML).toBe('<p class="note">Camp &lt;b&gt;14&lt;/b&gt; &amp; "x"</p>');
  });

  it('keeps an attribute value whole, quotes and all', () => {
    const element = el('span', { title: '"><img src=x onerror=alert(1)>' });
    expect(element.getAttribute('title')).toBe('"><img src=x onerror=alert(1)>');
    expect(element.attributes).toHaveLength(1);
    expect(element.children).toHaveLength(0);
  });

  it('appends nodes as they are and skips empty children', () => {
    const child = el('b', {}, 'bold');
    const element = el('p', {}, 'a', null, undefined, false, child, '');
    expect(element.childNodes).toHaveLength(2);
    expect(element.lastChild).toBe(child);
  });
});

describe('safeLink', () => {
  it('links an http(s) URL in a new tab that cannot reach back to this page or learn where the reader came from', () => {
    const link = safeLink('https://www.hrnk.org/a.pdf', 'HRNK report');
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('https://www.hrnk.org/a.pdf');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('HRNK report');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative',
    '',
  ])('renders %j as plain text, not a link', (url) => {
    const link = safeLink(url, '<img src=x onerror=alert(1)>');
    expect(link.tagName).toBe('SPAN');
    expect(link.hasAttribute('href')).toBe(false);
    expect(link.children).toHaveLength(0);
    expect(link.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps markup in an http(s) link text as text', () => {
    const link = safeLink('https://example.org/?q=<script>', '<script>alert(1)</script>');
    expect(link.children).toHaveLength(0);
    expect(link.textContent).toBe('<script>alert(1)</script>');
  });
});
