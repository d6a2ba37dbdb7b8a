/**
 * Yields the main thread: what follows runs in a task of its own, after the input and the
 * rendering that wait behind it. A phone counts each task past 50 ms as blocking (issue #16),
 * so start-up work is cut into steps with this between them.
 * @example await nextTask(); buildTheRest();
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
