/**
 * The production build as a reader receives it: the CSP meta first in <head>, no source maps,
 * and none of the test-only hooks (the `?data=` override, `window.campMap`). A test-mode
 * build is made beside it, to show the search for those hooks would find them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../../scripts/lib/compile-hints.ts';
import { CSP_META } from '../../../scripts/lib/csp-plugin.ts';
import { stripSourceMapComments } from '../../../scripts/lib/no-source-maps.ts';

const TEST_ONLY = ['invalid test data URL', 'campMap'];
const root = mkdtempSync(join(tmpdir(), 'camp-build-'));
const production = join(root, 'production');
const testMode = join(root, 'test');
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });
const scripts = (dir: string) => files(dir).filter((file) => /\.(m?js)$/.test(file)).map((file) => readFileSync(join(dir, file), 'utf8'));

beforeAll(async () => {
  // As a host without a public address builds it (see the SITE_URL test below), and without the
  // pages and cards of each site, which tests/unit/scripts/site-build.test.ts reads.
  delete process.env.SITE_URL;
  process.env.CAMP_SITE_PAGES = 'off';
  const quiet = { logLevel: 'silent', build: { emptyOutDir: true } } as const;
  await build({ ...quiet, mode: 'production', build: { ...quiet.build, outDir: production } });
  await build({ ...quiet, mode: 'test', build: { ...quiet.build, outDir: testMode } });
}, 120_000);
afterAll(() => {
  delete process.env.CAMP_SITE_PAGES;
  rmSync(root, { recursive: true, force: true });
});

describe('the production build', () => {
  it('ships no source map and no comment pointing at one', () => {
    expect(files(production).filter((file) => file.endsWith('.map'))).toEqual([]);
    const shipped = files(production).filter((file) => /\.(m?js|css)$/.test(file));
    expect(shipped.some((file) => file.includes('maplibre-gl-worker'))).toBe(true);
    for (const file of shipped) expect(readFileSync(join(production, file), 'utf8'), file).not.toContain('sourceMappingURL');
  });

  it('puts the Content Security Policy first in <head>, before any script or stylesheet', () => {
    const html = readFileSync(join(production, 'index.html'), 'utf8');
    const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(meta).toBe(CSP_META);
  });

  it('has no inline script or style the policy would have to allow', () => {
    const html = readFileSync(join(production, 'index.html'), 'utf8');
    // A JSON-LD block is data, which the policy does not govern; every other script is a file of the site.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(scripts.every((tag) => / src="\.\//.test(tag))).toBe(true);
    expect(html).not.toMatch(/<style\b| style="| on[a-z]+="/);
  });

  it('without SITE_URL, names no absolute address of its own: no sitemap, no og:image, a relative canonical link', () => {
    expect(existsSync(join(production, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(production, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    const html = readFileSync(join(production, 'index.html'), 'utf8');
    expect(html).not.toContain('og:image');
    expect(html).toContain('<link rel="canonical" href="./">');
  });

  it('contains none of the test-only hooks, which the test build does contain', () => {
    for (const hook of TEST_ONLY) {
      expect(scripts(testMode).some((code) => code.includes(hook)), `test build has ${hook}`).toBe(true);
      expect(scripts(production).some((code) => code.includes(hook)), `production build has ${hook}`).toBe(false);
    }
  });

  it("has MapLibre's code compiled as it streams in: the compile hint heads its chunk, and no other", () => {
    const chunks = files(production).filter((file) => /^assets\/.*\.js$/.test(file));
    const code = (file: string) => readFileSync(join(production, file), 'utf8');
    const maplibre = chunks.filter((file) => code(file).includes('maplibregl-canvas'));
    expect(maplibre).toHaveLength(1);
    expect(chunks.filter((file) => code(file).startsWith(`${COMPILE_HINT}\n`))).toEqual(maplibre);
  });

  it('ships no fixture', () => {
    expect(files(production).filter((file) => file.includes('fixtures'))).toEqual([]);
  });
});

describe('stripSourceMapComments', () => {
  it.each([
    ['x();\n//# sourceMappingURL=x.js.map', 'x();'],
    ['x();\n//@ sourceMappingURL=x.js.map\n', 'x();\n'],
    ['a{}\n/*# sourceMappingURL=a.css.map */', 'a{}'],
    ['const s = "sourceMappingURL";', 'const s = "sourceMappingURL";'],
  ])('%j -> %j', (code, expected) => {
    expect(stripSourceMapComments(code)).toBe(expected);
  });
});
