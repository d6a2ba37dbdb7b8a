/**
 * Vite plugin: a page starts fetching a module it imports dynamically along with its own code.
 * The map is imported dynamically (src/map/deferred-map.ts) so the list never waits for it to
 * run; without a hint the browser would find it only once main.js had run, a round trip later.
 * `modulepreload` fetches and compiles without running, so nothing is evaluated any sooner.
 * Its stylesheets are preloaded too: Vite resolves a dynamic import only once its CSS has arrived.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** @param module the dynamically imported module, relative to the project root, e.g. 'src/map/map-or-preview.ts' */
export function preloadDynamicImport(module: string): Plugin {
  let base = './';
  let root = '';
  return {
    name: 'preload-dynamic-import',
    apply: 'build',
    configResolved(config) {
      ({ base, root } = config);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const target = chunks.find((chunk) => chunk.facadeModuleId !== null && relative(root, chunk.facadeModuleId) === module);
        if (!target || !entry.dynamicImports.includes(target.fileName)) return [];
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // Scripts and the stylesheets they import.
        const withCss = (scripts: string[]) => [...scripts, ...scripts.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])])];
        // The target and what it needs, less what the page already loads.
        const loaded = new Set(withCss([entry.fileName, ...entry.imports]));
        const files = withCss([target.fileName, ...target.imports]).filter((file) => !loaded.has(file));
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
