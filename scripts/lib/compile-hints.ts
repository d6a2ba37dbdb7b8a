/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): a file that
 * starts with it has all its functions compiled as it streams in, on a background thread, rather
 * than each on the main thread at its first call. MapLibre's chunk runs from its first moment to
 * the map's first frames, so its lazy compiles were a good part of a phone's long tasks then.
 */
import type { Rolldown } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The hint for the chunk that holds MapLibre's code, none for the rest: each of those runs
 * only a small part of its code at first, and every chunk the first view loads adds its bytes.
 * @example compileHint({ moduleIds: ['/app/node_modules/maplibre-gl/dist/maplibre-gl.mjs'] }) // COMPILE_HINT
 */
export const compileHint = ({ moduleIds }: Pick<Rolldown.RenderedChunk, 'moduleIds'>): string =>
  moduleIds.some((id) => id.includes('/node_modules/maplibre-gl/')) ? COMPILE_HINT : '';
