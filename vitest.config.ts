import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every core: Vitest's default left one of two idle (the unit files took 53 s rather than 32).
    maxWorkers: '100%',
    projects: [
      // The unit files first, on every core; then the browser files, one at a time.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium at a time: two software-rendered WebGL maps on two cores starve each other.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Software WebGL on a shared two-core machine now and then stalls a map's first draw
          // (once in three full runs, after a reload). One retry keeps CI's verdict on real
          // regressions; Vitest still prints every retried test, so a flake stays in sight.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A page's panel waits up to a second for the map's code (src/main.ts); on a busy
          // two-core machine a one-second poll (the default) fails before it could have shown.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
