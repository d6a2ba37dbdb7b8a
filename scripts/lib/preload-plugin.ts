/**
 * Vite plugin: a page starts fetching the modules it imports dynamically along with its own
 * code. The map and the panel are imported dynamically (src/main.ts) so that the page chooses
 * which runs first; without a hint the browser would find them only once main.js had run, a
 * round trip later. `modulepreload` fetches and compiles without running, so nothing is
 * evaluated any sooner. Stylesheets are preloaded too: Vite resolves a dynamic import only once
 * its CSS has arrived.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** @param modules the dynamically imported modules, relative to the project root, e.g. 'src/map/map-or-preview.ts' */
export function preloadDynamicImports(modules: readonly string[]): Plugin {
  let base = './';
  let root = '';
  return {
    name: 'preload-dynamic-imports',
    apply: 'build',
    configResolved(config) {
      ({ base, root } = config);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // Scripts and the stylesheets they import.
        const withCss = (scripts: string[]) => [...scripts, ...scripts.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])])];
        const targets = modules.flatMap((module) => chunks.filter((chunk) => chunk.facadeModuleId !== null && relative(root, chunk.facadeModuleId) === module));
        // Each target and what it needs, in order, less what the page already loads.
        const loaded = new Set(withCss([entry.fileName, ...entry.imports]));
        const wanted = targets.filter((target) => entry.dynamicImports.includes(target.fileName)).flatMap((target) => withCss([target.fileName, ...target.imports]));
        const files = [...new Set(wanted)].filter((file) => !loaded.has(file));
        return files.map((file) => ({
          tag: 'link',
          // Vite adds a stylesheet in CORS mode, and only a request in the same mode reuses the preload.
          attrs: { ...(file.endsWith('.css') ? { rel: 'preload', as: 'style' } : { rel: 'modulepreload' }), crossorigin: '', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
