/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md)
 * from finished tiles. npm has readers only; this covers what a small dataset needs: one root
 * directory (no leaf directories), gzip-compressed directory and metadata, identical tiles
 * stored once.
 */
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** The tile as served: for vector tiles, gzipped MVT bytes when `tileCompression` is gzip. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  tileCompression: Compression;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** TileJSON-like metadata, e.g. `vector_layers` and `attribution`. */
  metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB at once: the header and the root directory must fit in it. */
const FIRST_FETCH = 16_384;

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function varint(value: number, out: number[]): void {
  // Tile ids go past 2^32, so no bit operators on the whole value.
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(entries.length, out);
  let lastId = 0;
  for (const { tileId } of entries) {
    varint(tileId - lastId, out);
    lastId = tileId;
  }
  for (const { runLength } of entries) varint(runLength, out);
  for (const { length } of entries) varint(length, out);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // 0 means "straight after the previous tile", the common case in a clustered archive.
    varint(previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1, out);
  });
  return Uint8Array.from(out);
}

/**
 * The archive's bytes.
 * @example writePmtiles([{ z: 0, x: 0, y: 0, data }], { tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: [124, 37, 131, 43], center: [127, 40, 5], metadata: {} })
 */
export function writePmtiles(tiles: readonly Tile[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error('invalid archive: no tiles');
  const sorted = tiles.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
  const stored = new Map<string, { offset: number; length: number }>();
  const blobs: Uint8Array[] = [];
  let dataLength = 0;
  const entries: Entry[] = sorted.map(({ tileId, data }) => {
    const key = Buffer.from(data).toString('base64');
    let place = stored.get(key);
    if (!place) {
      place = { offset: dataLength, length: data.length };
      stored.set(key, place);
      blobs.push(data);
      dataLength += data.length;
    }
    return { tileId, ...place, runLength: 1 };
  });

  const root = gzipSync(serializeDirectory(entries));
  if (HEADER_BYTES + root.length > FIRST_FETCH) throw new Error(`invalid archive: ${entries.length} tiles need leaf directories, which this writer does not make`);
  const metadata = gzipSync(JSON.stringify(options.metadata));
  const zooms = sorted.map((tile) => tile.z);

  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (value: number, at: number) => header.writeBigUInt64LE(BigInt(value), at);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  u64(rootOffset, 8);
  u64(root.length, 16);
  u64(metadataOffset, 24);
  u64(metadata.length, 32);
  u64(dataOffset, 40); // leaf directories: none, so empty at the start of the tile data
  u64(0, 48);
  u64(dataOffset, 56);
  u64(dataLength, 64);
  u64(entries.length, 72); // addressed tiles
  u64(entries.length, 80); // tile entries
  u64(blobs.length, 88); // tile contents
  header.writeUInt8(1, 96); // clustered: tile data is in tile-id order
  header.writeUInt8(Compression.Gzip, 97);
  header.writeUInt8(options.tileCompression, 98);
  header.writeUInt8(options.tileType, 99);
  header.writeUInt8(Math.min(...zooms), 100);
  header.writeUInt8(Math.max(...zooms), 101);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = options.bounds;
  header.writeInt32LE(e7(west), 102);
  header.writeInt32LE(e7(south), 106);
  header.writeInt32LE(e7(east), 110);
  header.writeInt32LE(e7(north), 114);
  const [lon, lat, zoom] = options.center;
  header.writeUInt8(zoom, 118);
  header.writeInt32LE(e7(lon), 119);
  header.writeInt32LE(e7(lat), 123);

  return new Uint8Array(Buffer.concat([header, root, metadata, ...blobs]));
}
