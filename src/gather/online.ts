// Answers of the opt-in online providers, gathered only under `--online` so that checks stay
// pure and offline runs never load axios, ora or the adapters.

import type { Gatherer } from './index.js';

export const onlineGatherer: Gatherer = {
  name: 'online',
  applies: (_loaded, options) => options.online,
  async gather(loaded, options) {
    const [{ lookOnline }, { onlineSettings }] = await Promise.all([import('../online/index.js'), import('../online/config.js')]);
    return { online: await lookOnline(loaded.dossier, onlineSettings(true, options.config.online)) };
  },
};
