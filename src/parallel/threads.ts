// How many threads a run uses when --jobs does not say. A worker starts cold: it loads the program,
// then interprets and compiles every check for itself (about 0.3 s of work before it keeps pace),
// so below a few thousand rows one thread finishes first. Measured on the 2-core development
// machine with the bench's rows (about 700 bytes each): 300 rows 0.70 s in one thread against
// 0.88 s in two, 1,000 rows 1.10 s against 1.22 s, 3,000 rows 1.71 s against 1.78 s, 5,000 rows even.

/** Inputs smaller than this run in one thread: about 1,500 such rows, or 5,000 without resume text. */
export const ONE_THREAD_BELOW_BYTES = 1 << 20;

/** Threads by default: the main one, plus a worker for a large input when there is a second core. */
const DEFAULT_JOBS = 2;

/** `inputBytes`: what the inputs hold, unpacked (Infinity when unknown, a folder say). */
export function defaultThreads(inputBytes: number, cores: number): number {
  if (inputBytes < ONE_THREAD_BELOW_BYTES) return 1;
  return Math.max(1, Math.min(DEFAULT_JOBS, cores));
}

/** An XLSX workbook holds its sheet compressed: about twice as many rows per byte as a CSV. */
const WORKBOOK_BYTES_FACTOR = 2;

/** What a file of `size` bytes counts for `defaultThreads`: a workbook as unpacked. */
export function countedBytes(file: string, size: number): number {
  return file.toLowerCase().endsWith('.xlsx') ? size * WORKBOOK_BYTES_FACTOR : size;
}
