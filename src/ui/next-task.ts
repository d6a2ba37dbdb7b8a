/**
 * Yields the main thread: what follows runs in a task of its own, after the input and the
 * rendering that wait behind it. A phone counts each task past 50 ms as blocking (issue #16),
 * so start-up work is cut into steps with this between them.
 * @example await nextTask(); buildTheRest();
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long a slice runs where the browser cannot say how idle it is (no requestIdleCallback: Safari). */
const SLICE_MS = 20;

/**
 * Runs `work` on each item in the page's idle time, a slice per idle period, so that none of it
 * becomes a long task however many items there are. Work already done is never repeated, so
 * `work` should be memoised where a reader may need an item before its turn.
 * @example whenIdle(sites, siteKeys)
 */
export function whenIdle<T>(items: readonly T[], work: (item: T) => unknown): void {
  const request = window.requestIdleCallback ?? ((slice: (deadline?: IdleDeadline) => void) => setTimeout(slice, 0));
  let next = 0;
  const slice = (deadline?: IdleDeadline): void => {
    const until = performance.now() + (deadline?.timeRemaining() ?? SLICE_MS);
    do work(items[next++] as T);
    while (next < items.length && performance.now() < until);
    if (next < items.length) request(slice);
  };
  if (items.length > 0) request(slice);
}
