/** What the project installs is pinned: exact versions, each locked to a checksum. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface LockEntry {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

describe('package.json', () => {
  it.each(Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }))('pins %s to an exact version (%s)', (_, version) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });
});

describe('package-lock.json', () => {
  it('matches package.json', () => {
    const root = lock.packages[''];
    expect(root?.dependencies).toEqual(manifest.dependencies);
    expect(root?.devDependencies).toEqual(manifest.devDependencies);
  });

  it('locks every installed package to a version and a sha512 checksum', () => {
    const entries = Object.entries(lock.packages).filter(([path]) => path !== '');
    expect(entries.length).toBeGreaterThan(0);
    const unlocked = entries.filter(([, entry]) => !entry.version || !entry.integrity?.startsWith('sha512-')).map(([path]) => path);
    expect(unlocked).toEqual([]);
  });

  it('resolves each direct dependency to the version package.json names', () => {
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });
});
