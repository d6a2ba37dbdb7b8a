/**
 * Vite plugin: emits the marker sprite (scripts/lib/sprite.ts) as `markers.png`/`.json` and
 * `markers@2x.png`/`.json`, and serves them under `npm start`.
 */
import type { Plugin } from 'vite';
import { SPRITE_PATH } from '../../src/map/style.ts';
import { SPRITE_RATIOS, buildSprite } from './sprite.ts';

/** The four files, by name. */
function spriteFiles(): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  for (const ratio of SPRITE_RATIOS) {
    const { png, json } = buildSprite(ratio);
    const suffix = ratio === 1 ? '' : `@${ratio}x`;
    files.set(`${SPRITE_PATH}${suffix}.png`, png);
    files.set(`${SPRITE_PATH}${suffix}.json`, JSON.stringify(json));
  }
  return files;
}

export function markerSprite(): Plugin {
  return {
    name: 'marker-sprite',
    configureServer(server) {
      const files = spriteFiles();
      for (const [name, body] of files) {
        server.middlewares.use(`/${name}`, (_request, response) => {
          response.setHeader('Content-Type', name.endsWith('.png') ? 'image/png' : 'application/json');
          response.end(body);
        });
      }
    },
    generateBundle() {
      for (const [fileName, source] of spriteFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
