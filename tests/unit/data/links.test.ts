import { describe, expect, it } from 'vitest';
import { isHttpUrl, linkProblem } from '../../../src/data/links.ts';

describe('isHttpUrl: the only URLs that become links', () => {
  it.each(['https://www.dailynk.com/english/x/', 'http://www.hrnk.org/uploads/pdfs/a.pdf'])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/a',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://localhost',
    'not a url',
    '',
  ])('rejects %j', (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});

describe('isHttpUrl: disguised schemes and odd forms', () => {
  it.each([
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://example.org/%0aalert(1)',
    'https:alert(1)',
    'http://',
    'https://example',
    'blob:https://example.org/1234',
    'about:blank',
    'mailto:someone@example.org',
    'data:image/svg+xml,<svg onload=alert(1)>',
  ])('rejects %j', (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
  it.each(['HTTPS://WWW.EXAMPLE.ORG/A', 'https://example.org/report?q=<script>alert(1)</script>', 'https://www.nkdb.org/ko/a#b'])(
    'accepts %j: markup in the query stays inside the URL, which the link only ever uses as its href',
    (url) => {
      expect(isHttpUrl(url)).toBe(true);
    },
  );
});

describe('linkProblem: what the schema says of a URL it refuses', () => {
  it.each([
    ['not a url', 'is not a well-formed URL'],
    ['transliteration', 'is not a well-formed URL'],
    ['javascript:alert(1)', 'is not an http(s) link'],
    ['https://localhost', 'is not an http(s) link'],
    ['https://www.dailynk.com/english/x/', undefined],
  ])('%j: %s', (url, problem) => {
    expect(linkProblem(url)).toBe(problem);
  });
});
