// Marks on the page's performance timeline at the steps of the first pass, for the benchmark
// (issue 13: where the time to the first highlight in view goes). Only in builds made for
// measuring (WXT_PERF_MARKS=1: the tests and `npm run bench`): a page can read its own
// timeline, and a reader's build must not tell it that Factmark runs.
const PERF_MARKS = import.meta.env?.WXT_PERF_MARKS === '1';

/** Marks `factmark:<step>` once per page (the first pass's steps; later passes add nothing). */
export function perfMark(step: string): void {
  if (!PERF_MARKS) return;
  const name = `factmark:${step}`;
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}
