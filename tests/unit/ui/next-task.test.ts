// @vitest-environment happy-dom
/** Work cut into idle slices: every item once, in order, and a slice stops when the idle period ends. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/ui/next-task.ts';

afterEach(() => vi.unstubAllGlobals());

/** An idle callback the test runs by hand, with the idle time it chooses. */
function idlePeriods() {
  const waiting: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (slice: IdleRequestCallback) => waiting.push(slice));
  return {
    waiting,
    run(ms: number) {
      waiting.shift()?.({ didTimeout: false, timeRemaining: () => ms });
    },
  };
}

describe('whenIdle', () => {
  it('does one item per slice when the idle period is already over, and asks for the next', () => {
    const idle = idlePeriods();
    const done: number[] = [];
    whenIdle([1, 2, 3], (n) => done.push(n));
    expect(done).toEqual([]);
    idle.run(0);
    expect(done).toEqual([1]);
    idle.run(0);
    idle.run(0);
    expect(done).toEqual([1, 2, 3]);
    expect(idle.waiting).toHaveLength(0);
  });

  it('does everything in one slice when the idle period is long enough', () => {
    const idle = idlePeriods();
    const done: string[] = [];
    whenIdle(['a', 'b', 'c', 'd'], (s) => done.push(s));
    idle.run(50);
    expect(done).toEqual(['a', 'b', 'c', 'd']);
    expect(idle.waiting).toHaveLength(0);
  });

  it('asks for no idle time when there is nothing to do', () => {
    const idle = idlePeriods();
    whenIdle([], () => expect.unreachable());
    expect(idle.waiting).toHaveLength(0);
  });

  it('runs in timed slices where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: number[] = [];
    whenIdle([1, 2, 3], (n) => done.push(n));
    expect(done).toEqual([]);
    await vi.waitFor(() => expect(done).toEqual([1, 2, 3]));
  });
});
