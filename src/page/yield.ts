// Giving the main thread back to the page between slices of work (issue 13: never hand the
// browser one long job). A long task is 50 ms; Factmark's slices stop at SLICE_MS.
//
// `scheduler.yield()` (Chromium 129+) resumes ahead of other queued tasks, so yielding often
// costs little wall time; elsewhere a MessageChannel message is a fresh task with no minimum
// delay (setTimeout(0) is clamped to 4 ms after a few nested calls, which adds up over
// hundreds of slices).

/** Longest stretch of work before giving the main thread back. */
export const SLICE_MS = 20;

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

/** A function that resolves in a new task of `win`'s event loop. */
export function taskYielder(win: Window & typeof globalThis): () => Promise<void> {
  const scheduler = (win as unknown as WithScheduler).scheduler ?? (globalThis as unknown as WithScheduler).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return () => scheduler.yield!.call(scheduler);
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
  };
}
