/**
 * Vite plugin: no `sourceMappingURL` comment survives in the build. `build.sourcemap: false`
 * covers our own code, but files copied as they are (MapLibre's worker, imported with `?url`)
 * keep theirs, pointing at a `.map` that is not shipped: a wasted request and a 404 in every
 * reader's developer tools.
 */
import type { Plugin } from 'vite';

const COMMENT = /\n?\/[/*][#@] sourceMappingURL=[^\n]*/g;
const SCRIPT_OR_STYLE = /\.(m?js|css)$/;

/**
 * @example stripSourceMapComments('x();\n//# sourceMappingURL=x.js.map') // 'x();'
 */
export function stripSourceMapComments(code: string): string {
  return code.replace(COMMENT, '');
}

export function noSourceMaps(): Plugin {
  return {
    name: 'no-source-maps',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!SCRIPT_OR_STYLE.test(file.fileName)) continue;
        if (file.type === 'chunk') file.code = stripSourceMapComments(file.code);
        else file.source = stripSourceMapComments(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source));
      }
    },
  };
}
