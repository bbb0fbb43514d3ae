// Looks up the candidate's values in the history store, before the checks run.
// Recording happens after the run (src/vet.ts), so candidates of one run never match
// themselves here; links inside a run are the batch correlation's job.

import type { Gatherer } from './index.js';

export const historyGatherer: Gatherer = {
  name: 'history',
  applies: (_loaded, options) => options.history !== undefined,
  async gather(loaded, options, sofar) {
    return { history: await options.history!(loaded, sofar) };
  },
};
