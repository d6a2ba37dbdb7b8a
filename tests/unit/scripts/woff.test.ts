/** WOFF unwrapped into the TrueType file the card renderer reads. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from '../../../scripts/lib/woff.ts';

const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
const woff = readFileSync(join(dir, 'noto-sans-latin-ext-400-normal.woff'));

describe('sfntFromWoff', () => {
  const ttf = sfntFromWoff(woff);
  const count = ttf.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 12 + 16 * i;
    return { tag: ttf.subarray(at, at + 4).toString('latin1'), offset: ttf.readUInt32BE(at + 8), length: ttf.readUInt32BE(at + 12) };
  });

  it('keeps the flavour and every table, in order, each inside the file on a four-byte boundary', () => {
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(count).toBe(woff.readUInt16BE(12));
    expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
    for (const table of tables) {
      expect(table.offset % 4).toBe(0);
      expect(table.offset + table.length).toBeLessThanOrEqual(ttf.length);
    }
  });

  it('writes each table as the WOFF header says it was: its original length', () => {
    for (const [i, table] of tables.entries()) expect(table.length).toBe(woff.readUInt32BE(44 + 20 * i + 12));
    // The 'head' table's magic number, 0x5F0F3CF5, at byte 12.
    const head = tables.find((t) => t.tag === 'head')!;
    expect(ttf.readUInt32BE(head.offset + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses what is not WOFF', () => {
    expect(() => sfntFromWoff(Buffer.from('not a font at all, no'))).toThrow(/invalid WOFF/);
  });
});
