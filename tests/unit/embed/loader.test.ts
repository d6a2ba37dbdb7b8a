/** The loader's filters: only the iframe's own height message, of exactly the agreed shape, ever resizes it. */
import { describe, expect, it } from 'vitest';
import { heightFor, isHeightMessage, readPlaceholder } from '../../../src/embed/loader.ts';

const valid = { type: 'nk-camp-map:height', height: 640 };

describe('isHeightMessage', () => {
  it('accepts exactly {type, height} with a height from 150 to 3000', () => {
    expect(isHeightMessage(valid)).toBe(true);
    expect(isHeightMessage({ height: 150, type: 'nk-camp-map:height' })).toBe(true);
    expect(isHeightMessage({ type: 'nk-camp-map:height', height: 3000 })).toBe(true);
    expect(isHeightMessage({ type: 'nk-camp-map:height', height: 512.5 })).toBe(true);
  });

  it.each([
    ['a height below 150', { type: 'nk-camp-map:height', height: 149 }],
    ['a height above 3000', { type: 'nk-camp-map:height', height: 3001 }],
    ['an infinite height', { type: 'nk-camp-map:height', height: Infinity }],
    ['NaN', { type: 'nk-camp-map:height', height: NaN }],
    ['a height as text', { type: 'nk-camp-map:height', height: '640' }],
    ['a height in an array', { type: 'nk-camp-map:height', height: [640] }],
    ['another type', { type: 'datawrapper-height', height: 640 }],
    ['a type with different case', { type: 'NK-CAMP-MAP:HEIGHT', height: 640 }],
    ['a missing type', { height: 640 }],
    ['an extra key', { ...valid, url: 'https://evil.example/' }],
    ['the message as JSON text', JSON.stringify(valid)],
    ['an array', ['nk-camp-map:height', 640]],
    ['null', null],
    ['a number', 640],
    ['undefined', undefined],
  ])('rejects %s', (_, data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});

describe('heightFor', () => {
  const iframeWindow = {};
  const frame = { window: iframeWindow, origin: 'https://maps.example.org' };

  it('takes the height from the iframe itself, from its origin', () => {
    expect(heightFor({ data: valid, origin: 'https://maps.example.org', source: iframeWindow as Window }, frame)).toBe(640);
  });

  it('ignores the same message from another window, even of the same origin', () => {
    expect(heightFor({ data: valid, origin: 'https://maps.example.org', source: {} as Window }, frame)).toBeUndefined();
    expect(heightFor({ data: valid, origin: 'https://maps.example.org', source: null }, frame)).toBeUndefined();
  });

  it('ignores the iframe window when the origin is not its src origin (it navigated elsewhere)', () => {
    expect(heightFor({ data: valid, origin: 'https://evil.example', source: iframeWindow as Window }, frame)).toBeUndefined();
    expect(heightFor({ data: valid, origin: 'http://maps.example.org', source: iframeWindow as Window }, frame)).toBeUndefined();
  });

  it('ignores a wrong shape from the right window', () => {
    expect(heightFor({ data: { ...valid, height: 10_000 }, origin: 'https://maps.example.org', source: iframeWindow as Window }, frame)).toBeUndefined();
  });

  it('does not match a closed iframe (no window) to a message without a source', () => {
    expect(heightFor({ data: valid, origin: 'https://maps.example.org', source: null }, { window: null, origin: frame.origin })).toBeUndefined();
  });
});

describe('readPlaceholder', () => {
  const page = 'https://news.example/2021/camps.html';

  it('resolves data-src against the page and reads data-height', () => {
    const placeholder = readPlaceholder({ src: '/map/embed.html#site=sungho-ri&lang=en', height: '640' }, page, 'ko-KR');
    expect(placeholder?.src.href).toBe('https://news.example/map/embed.html#site=sungho-ri&lang=en');
    expect(placeholder?.height).toBe(640);
    expect(placeholder?.lang).toBe('ko');
  });

  it('defaults the height to 500 and keeps it within 150..3000', () => {
    expect(readPlaceholder({ src: 'https://maps.example.org/embed.html' }, page, 'en')?.height).toBe(500);
    expect(readPlaceholder({ src: 'https://maps.example.org/embed.html', height: '20' }, page, 'en')?.height).toBe(150);
    expect(readPlaceholder({ src: 'https://maps.example.org/embed.html', height: 'tall' }, page, 'en')?.height).toBe(500);
  });

  it('refuses a src that is missing or not http(s)', () => {
    expect(readPlaceholder({}, page, 'en')).toBeUndefined();
    expect(readPlaceholder({ src: 'javascript:alert(1)' }, page, 'en')).toBeUndefined();
    expect(readPlaceholder({ src: 'data:text/html,<script>alert(1)</script>' }, page, 'en')).toBeUndefined();
    expect(readPlaceholder({ src: 'http://[' }, page, 'en')).toBeUndefined();
  });
});
