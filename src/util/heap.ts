// How far V8 lets the heap grow between full collections, for long runs.
//
// A sheet of 100,000 rows keeps every report and the linker's indexes until the end, and much of
// what a row leaves behind is promoted before it dies. V8 then lets the old generation grow to up
// to four times what is live before it collects it, which made the peak of such a run more than
// twice what it really held. A growing factor of 1.4 costs a few more full collections (some
// percent of the run) and keeps the peak near the live size.
//
// `--heap-growing-percent` is read at each collection, so setting it after start-up takes effect
// (flags fixed when the heap is created, such as its limit, would not); V8 ignores it if it ever
// stops reading it, and nothing else changes. It is set at start-up for every run (src/boot/cli.ts),
// short ones included, which never reach a full collection: V8 checks a code cache against the
// flags it was made with, so a flag set in some runs only after the program has loaded makes the
// next run refuse the cache.

import { setFlagsFromString } from 'node:v8';

const GROWING_PERCENT = 40;

export function preferSmallHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
