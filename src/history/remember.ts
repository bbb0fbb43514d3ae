// Which values of a candidate the history remembers: the same fingerprints the batch links use.

import type { CheckConfig, Gathered, LoadedDossier } from '../types.js';
import { fingerprints, keysOf } from '../correlate/fingerprints.js';
import { allowedValues, isAllowed } from '../correlate/allowed.js';
import type { HistorySession, KeyedCandidate, Remembered } from './session.js';
import type { HistoryLookup } from '../gather/index.js';

/**
 * An address is remembered by each of its keys (with and without its postal code, `addressKeys`).
 * A resume is remembered by its LSH bands, each on its own: a later resume that shares
 * enough bands with an earlier one is a near-duplicate (the session counts them). The company's
 * own addresses and contacts (./correlate/allowed.ts) are never remembered.
 */
export function rememberedValues(loaded: LoadedDossier, gathered: Gathered, config: CheckConfig): Remembered[] {
  const allowed = allowedValues(config);
  return fingerprints(loaded, gathered).filter((fp) => !isAllowed(fp, allowed)).flatMap((fp) =>
    fp.kind === 'resume' && fp.signature ? fp.signature.bands.map((band) => ({ kind: 'resume', key: String(band), display: fp.display })) : keysOf(fp).map((key) => ({ kind: fp.kind, key, display: fp.display })),
  );
}

/**
 * The candidate's values keyed for the store, once per candidate: the history gatherer asks
 * before the checks, the engine again after them to record, and the HMACs are not worked out twice.
 */
export function keyedCandidate(history: HistorySession, loaded: LoadedDossier, gathered: Gathered, config: CheckConfig): KeyedCandidate {
  let keyed = keyedMemo.get(loaded);
  if (!keyed) {
    const { id, name } = loaded.dossier;
    keyed = history.keyed({ id, name }, rememberedValues(loaded, gathered, config));
    keyedMemo.set(loaded, keyed);
  }
  return keyed;
}

const keyedMemo = new WeakMap<LoadedDossier, KeyedCandidate>();

/** The store's lookup of one candidate, as the history gatherer asks it. */
export function historyLookup(history: HistorySession, config: CheckConfig): HistoryLookup {
  return (loaded, sofar) => history.find(keyedCandidate(history, loaded, sofar, config), rememberedValues(loaded, sofar, config));
}

export async function recordHistory(history: HistorySession, candidates: KeyedCandidate[], now: Date): Promise<void> {
  await history.recordAll(candidates, now.toISOString().slice(0, 10));
}
