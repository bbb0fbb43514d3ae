// Which values of a candidate the history remembers: the same fingerprints the batch links use.

import type { Gathered, LoadedDossier } from '../types.js';
import { fingerprints } from '../correlate/fingerprints.js';
import type { HistorySession, Remembered, Who } from './session.js';

/**
 * A resume is remembered by its LSH bands, each on its own: a later resume that shares
 * enough bands with an earlier one is a near-duplicate (the session counts them).
 */
export function rememberedValues(loaded: LoadedDossier, gathered: Gathered): Remembered[] {
  return fingerprints(loaded, gathered).flatMap((fp) =>
    fp.kind === 'resume' && fp.signature ? fp.signature.bands.map((band) => ({ kind: 'resume', key: String(band), display: fp.display })) : [{ kind: fp.kind, key: fp.key, display: fp.display }],
  );
}

/** What one candidate leaves in the history: who, and the values (not the dossier). */
export interface ToRemember {
  who: Who;
  values: Remembered[];
}

export function toRemember(loaded: LoadedDossier, gathered: Gathered): ToRemember {
  const { id, name } = loaded.dossier;
  return { who: { id, name }, values: rememberedValues(loaded, gathered) };
}

export async function recordHistory(history: HistorySession, candidates: ToRemember[], now: Date): Promise<void> {
  await history.recordAll(candidates, now.toISOString().slice(0, 10));
}
