/**
 * Builds the site once in test mode (which exposes the map object to tests, and lets `?data=`
 * load a fixture) and serves it on a local port for every browser test file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { generateSites } from '../../scripts/bench/sites.ts';
import { loadBoundaries } from '../../scripts/lib/geo-files.ts';
import { publishLayer } from '../../scripts/lib/publish.ts';
import { chromiumPath } from './chromium.ts';

let server: PreviewServer | undefined;

export const DENSE_SITES = 2000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath();
  const outDir = 'dist-test';
  await build({ mode: 'test', logLevel: 'warn', build: { outDir } });
  // Fixtures the build gate would refuse, served beside the app for `?data=fixtures/...`, as
  // the build publishes a layer: with its table of dates.
  mkdirSync(join(outDir, 'fixtures/hostile'), { recursive: true });
  writeFileSync(join(outDir, 'fixtures/hostile/camps.geojson'), publishLayer(JSON.parse(readFileSync('tests/fixtures/hostile/camps.geojson', 'utf8'))));
  // A dense dataset, valid like the real one, to see clustering at work.
  mkdirSync(join(outDir, 'fixtures/dense'), { recursive: true });
  writeFileSync(join(outDir, 'fixtures/dense/camps.geojson'), publishLayer(generateSites(DENSE_SITES, loadBoundaries())));
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('invalid preview server: no local URL');
  project.provide('appUrl', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
