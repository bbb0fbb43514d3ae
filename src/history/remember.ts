// Which values of a candidate the history remembers: the same fingerprints the batch links use.

import type { CandidateReport, Gathered, LoadedDossier } from '../types.js';
import { fingerprints } from '../correlate/fingerprints.js';
import type { HistorySession, Remembered } from './session.js';

/**
 * A resume is remembered by its LSH bands, each on its own: a later resume that shares
 * enough bands with an earlier one is a near-duplicate (the session counts them).
 */
export function rememberedValues(loaded: LoadedDossier, gathered: Gathered): Remembered[] {
  return fingerprints(loaded, gathered).flatMap((fp) =>
    fp.kind === 'resume' && fp.signature ? fp.signature.bands.map((band) => ({ kind: 'resume', key: String(band), display: fp.display })) : [{ kind: fp.kind, key: fp.key, display: fp.display }],
  );
}

export async function recordHistory(history: HistorySession, checked: { loaded: LoadedDossier; gathered: Gathered; report: CandidateReport }[], now: Date): Promise<void> {
  const seenAt = now.toISOString().slice(0, 10);
  for (const { loaded, gathered } of checked) {
    const { id, name } = loaded.dossier;
    await history.record({ id, name }, rememberedValues(loaded, gathered), seenAt);
  }
}
