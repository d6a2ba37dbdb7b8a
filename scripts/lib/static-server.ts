/**
 * A tiny static file server for the benchmark and the tiles test, standing in for a CDN:
 * loopback only, gzip for text-like files (as a CDN would send them), byte ranges for the
 * rest (as object storage serves a .pmtiles archive), and a log of the bytes it sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  // Glyph PBFs are uncompressed protobuf and halve under gzip; a CDN must be told to compress them.
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/vnd.pmtiles',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
/** Already compressed, or read by range: sent as they are. */
const IDENTITY = new Set(['.pmtiles', '.png', '.woff2']);

/** One response, as it went over the wire (body bytes, after gzip). */
export interface Sent {
  path: string;
  status: number;
  bytes: number;
  encoding: 'gzip' | 'identity';
}

export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Every response since the last `takeLog()`. */
  takeLog(): Sent[];
  close(): Promise<void>;
}

/**
 * Serves each directory under its URL prefix, e.g. `{'/app/': 'dist'}`.
 * @example const server = await serveStatic({ '/': 'dist' }); await fetch(server.url); await server.close();
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  // Gzip once per file and version (a test may swap the folder behind a mount), so compression time never shows up in a timing.
  const gzipped = new Map<string, Buffer>();
  let log: Sent[] = [];

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = locate(roots, path);
    const send = (status: number, body: Buffer, encoding: Sent['encoding'] = 'identity') => {
      response.statusCode = status;
      response.setHeader('Content-Length', body.length);
      response.end(request.method === 'HEAD' ? undefined : body);
      log.push({ path, status, bytes: request.method === 'HEAD' ? 0 : body.length, encoding });
    };
    if (!file) return send(404, Buffer.from('not found'));

    const ext = extname(file).toLowerCase();
    response.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-cache');
    const body = readFileSync(file);
    const range = request.headers.range;
    if (range || IDENTITY.has(ext)) {
      response.setHeader('Accept-Ranges', 'bytes');
      if (!range) return send(200, body);
      const match = /^bytes=(\d+)-(\d*)$/.exec(range);
      const start = Number(match?.[1] ?? NaN);
      const end = Math.min(match?.[2] ? Number(match[2]) : body.length - 1, body.length - 1);
      if (!match || start > end) {
        response.setHeader('Content-Range', `bytes */${body.length}`);
        return send(416, Buffer.alloc(0));
      }
      response.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
      return send(206, body.subarray(start, end + 1));
    }
    response.setHeader('Vary', 'Accept-Encoding');
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return send(200, body);
    const version = `${file}\n${statSync(file).mtimeMs}\n${body.length}`;
    let packed = gzipped.get(version);
    if (!packed) gzipped.set(version, (packed = gzipSync(body)));
    response.setHeader('Content-Encoding', 'gzip');
    return send(200, packed, 'gzip');
  };

  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** The file a URL path names under one of the mounts, never outside it; `index.html` for a folder. */
function locate(roots: readonly (readonly [string, string])[], path: string): string | undefined {
  for (const [prefix, root] of roots) {
    if (!path.startsWith(prefix)) continue;
    let file = resolve(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (statSync(file).isFile()) return file;
    } catch {
      // not here: try the next mount
    }
  }
  return undefined;
}
