import { describe, expect, it } from 'vitest';
import { defaultThreads, ONE_THREAD_BELOW_BYTES } from '../../src/parallel/threads.js';

// Without --jobs: one thread for a small input (a worker's cold start outweighs its help), two
// for a large one when there is a second core, never more.
describe('threads by default', () => {
  it.each([
    [2_000, 8, 1], // one dossier
    [700_000, 8, 1], // a 1,000-row sheet
    [ONE_THREAD_BELOW_BYTES - 1, 2, 1],
    [ONE_THREAD_BELOW_BYTES, 2, 2],
    [70_000_000, 2, 2], // 100,000 rows
    [70_000_000, 64, 2], // each more worker costs 45 MB: the default stops at two
    [70_000_000, 1, 1], // a single core
    [Infinity, 2, 2], // a folder: its size is not added up
  ])('%d bytes on %d cores: %d', (bytes, cores, threads) => {
    expect(defaultThreads(bytes, cores)).toBe(threads);
  });
});
