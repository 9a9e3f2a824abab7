// Giving the main thread back to the page between slices of work (issue 13: never hand the
// browser one long job). A long task is 50 ms; Factmark's slices stop at SLICE_MS.
//
// Each yield is a MessageChannel message: a fresh task, queued behind whatever the page has
// already queued (its own messages, timers, input), with no minimum delay (setTimeout(0) is
// clamped to 4 ms after a few nested calls, which adds up over hundreds of slices).
// Not `scheduler.yield()`, though it exists in Chromium: its continuation is queued *ahead* of
// the page's own tasks, so a job of many slices still runs before any of them — measured with
// the benchmark's ping loop (a page's own MessageChannel tasks), 30 slices of ~20 ms each showed
// as one gap of up to a second. Rendering and input got through, the page's own work did not.
/**
 * Longest stretch of work before giving the main thread back. Not the 50 ms of a long task: a
 * slice that runs right after one of the page's own long tasks (its first layout, on a long
 * page) lengthens that task by the slice, so blocking time grows with the slice, not only past 50.
 */
const SLICE_MS = 12;

/** A function that resolves in a new task of `win`'s event loop, after the tasks already queued. */
export function taskYielder(win: Window & typeof globalThis): () => Promise<void> {
  const Channel = win.MessageChannel ?? globalThis.MessageChannel;
  if (typeof Channel === 'function') {
    const channel = new Channel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Slices of work: `shouldYield()` once the current slice is used up, `yieldNow()` gives the thread back and says whether to go on. */
export interface Slicer {
  shouldYield(): boolean;
  /** Resolves in a new task; false when the work is stale (stop). */
  yieldNow(): Promise<boolean>;
  /** Yields only when the current slice is more than half used. */
  yieldIfUsed(): Promise<boolean>;
  /** After an await that resumed in a task of its own (a message's reply): a fresh slice starts; false when the work is stale. */
  resumed(): boolean;
}

export function createSlicer(
  nextTask: () => Promise<void>,
  stale: () => boolean,
  sliceMs = SLICE_MS,
  now = () => performance.now(),
): Slicer {
  let sliceStart = now();
  const yieldNow = async () => {
    await nextTask();
    sliceStart = now();
    return !stale();
  };
  return {
    shouldYield: () => now() - sliceStart > sliceMs,
    yieldNow,
    yieldIfUsed: () => (now() - sliceStart > sliceMs / 2 ? yieldNow() : Promise.resolve(!stale())),
    resumed: () => {
      sliceStart = now();
      return !stale();
    },
  };
}
