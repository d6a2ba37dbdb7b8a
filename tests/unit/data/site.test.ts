import { describe, expect, it } from 'vitest';
import { isHttpUrl, isoDate } from '../../../src/data/site.ts';

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

describe('isoDate', () => {
  it.each(['2020', '2020-12', '2020-12-23', '2024-02-29'])('accepts %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });
  it.each(['20', '2020-13', '2021-02-29', '12/2020', '2020-1-5', '9999'])('rejects %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(false);
  });
});
