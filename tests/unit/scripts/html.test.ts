/** Serialising the build's DOM: text and attributes escaped, scripts only as safe JSON-LD. */
import { describe, expect, it } from 'vitest';
import { jsonLd, serializeHtml, withDocument } from '../../../scripts/lib/html.ts';
import { el } from '../../../src/ui/dom.ts';

describe('serializeHtml', () => {
  it('escapes text and attribute values', () => {
    const html = withDocument(() => serializeHtml(el('p', { title: '"><script>x</script>', 'data-x': 'a & b\u00a0c' }, '<img src=x onerror=alert(1)> & \u00a0')));
    expect(html).toBe('<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" data-x="a &amp; b&nbsp;c">&lt;img src=x onerror=alert(1)&gt; &amp; &nbsp;</p>');
  });

  it('writes void elements without an end tag', () => {
    expect(withDocument(() => serializeHtml(el('p', {}, el('img', { src: 'a.svg', alt: '' }), el('br'))))).toBe('<p><img src="a.svg" alt=""><br></p>');
  });

  it('refuses script text that would close its element', () => {
    expect(() =>
      withDocument(() => {
        const script = el('script', {});
        script.textContent = '</script><b>';
        return serializeHtml(script);
      }),
    ).toThrow(/invalid script text/);
  });
});

describe('jsonLd', () => {
  it('escapes every < so no value can close the block, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const html = withDocument(() => serializeHtml(jsonLd(data)));
    expect(html).toBe('<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>');
    expect(JSON.parse(html.slice(html.indexOf('>') + 1, -'</script>'.length))).toEqual(data);
  });
});

describe('withDocument', () => {
  it('leaves no document behind', () => {
    withDocument(() => el('p'));
    expect('document' in globalThis).toBe(false);
  });
});
