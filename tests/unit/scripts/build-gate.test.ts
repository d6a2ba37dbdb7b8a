import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('npm run build refuses data with one bad feature, naming it', () => {
  const geo = mkdtempSync(join(tmpdir(), 'geo-'));
  cpSync('geo', geo, { recursive: true });
  const layer = JSON.parse(readFileSync(join(geo, 'kyohwaso.geojson'), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
  const victim = layer.features[1]!.properties;
  victim.sources = [{ url: 'javascript:alert(1)', title: 't', publisher: 'p', date: '2020', kind: 'news' }];
  writeFileSync(join(geo, 'kyohwaso.geojson'), JSON.stringify(layer));

  const result = spawnSync('npx', ['vite', 'build', '--outDir', join(geo, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, CAMP_GEO_DIR: geo },
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain(`kyohwaso.geojson: ${String(victim.id)}: sources[0].url is not an http(s) link`);
}, 60_000);

it('npm run build refuses a site name the map could not draw, naming the site and the character', () => {
  const geo = mkdtempSync(join(tmpdir(), 'geo-'));
  cpSync('geo', geo, { recursive: true });
  const layer = JSON.parse(readFileSync(join(geo, 'kyohwaso.geojson'), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
  const victim = layer.features[1]!.properties;
  // Devanagari: in neither the committed Latin glyphs nor Nanum Gothic, so its label would lose it.
  victim.name = `${String(victim.name)} क`;
  writeFileSync(join(geo, 'kyohwaso.geojson'), JSON.stringify(layer));

  const result = spawnSync('npx', ['vite', 'build', '--outDir', join(geo, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, CAMP_GEO_DIR: geo, CAMP_SITE_PAGES: 'off' },
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain(`kyohwaso.geojson: ${String(victim.id)}: the map's label "${String(victim.name)}" has characters with no glyph`);
  expect(`${result.stdout}${result.stderr}`).toContain('क (U+0915)');
}, 60_000);
