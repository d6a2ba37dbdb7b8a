import { readFileSync } from 'node:fs';
import { Compression, PMTiles, TileType, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writePmtiles } from '../../../scripts/lib/pmtiles-writer.ts';
import { FIXTURE, openArchive, tileFeatures } from '../../fixtures/tiles/archive.ts';

const inMemory = (bytes: Uint8Array): PMTiles => {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
};

describe('writePmtiles', () => {
  const tile = (text: string) => new TextEncoder().encode(text);
  const archive = writePmtiles(
    [
      { z: 1, x: 1, y: 0, data: tile('a') },
      { z: 0, x: 0, y: 0, data: tile('root') },
      { z: 1, x: 0, y: 1, data: tile('a') },
      { z: 2, x: 3, y: 1, data: tile('deep') },
    ],
    { tileType: TileType.Mvt, tileCompression: Compression.None, bounds: [124.2, 37.6, 130.8, 43.1], center: [127.5, 40.3, 6], metadata: { name: 'test' } },
  );

  it('writes a header the pmtiles reader accepts, with the zooms, bounds and counts of what went in', async () => {
    const header = await inMemory(archive).getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: 2, numTileEntries: 4, numTileContents: 3, clustered: true, tileType: TileType.Mvt });
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([124.2, 37.6, 130.8, 43.1]);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([127.5, 40.3, 6]);
  });

  it('returns each tile by z/x/y, identical tiles stored once, and nothing for a tile it does not hold', async () => {
    const reader = inMemory(archive);
    const text = async (z: number, x: number, y: number) => {
      const found = await reader.getZxy(z, x, y);
      return found && new TextDecoder().decode(found.data);
    };
    expect([await text(0, 0, 0), await text(1, 1, 0), await text(1, 0, 1), await text(2, 3, 1)]).toEqual(['root', 'a', 'a', 'deep']);
    expect(await text(1, 1, 1)).toBeUndefined();
    expect(await reader.getMetadata()).toEqual({ name: 'test' });
  });

  it('refuses an empty archive', () => {
    expect(() => writePmtiles([], { tileType: TileType.Mvt, tileCompression: Compression.None, bounds: [0, 0, 1, 1], center: [0, 0, 0], metadata: {} })).toThrow(/no tiles/);
  });
});

describe('the camps tile fixture (npm run tiles)', () => {
  it('holds every site once at zoom 0, with what the map draws, in a layer named camps', async () => {
    const features = (await tileFeatures(openArchive(), 0, 0, 0)) ?? [];
    const ids = features.map((properties) => properties.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const properties of features) expect(Object.keys(properties).sort()).toEqual(['facility_type', 'id', 'location_precision', 'ministry', 'name', 'name_ko', 'status']);
    expect(readFileSync(FIXTURE).subarray(0, 7).toString()).toBe('PMTiles');
  });
});
