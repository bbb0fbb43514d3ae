// Gatherers collect, before the checks run, whatever a check needs from disk or the
// network (image bytes, EXIF, resume files, online lookups). Each owns one member of
// Gathered and loads its heavy modules only when a dossier needs them.

import type { Gathered, HistoryMatch, LoadedDossier } from '../types.js';
import { onlineGatherer } from './online.js';
import { historyGatherer } from './history.js';
import { photosGatherer } from './photos.js';
import { resumeGatherer } from './resume.js';

export interface GatherOptions {
  allowOutside: boolean;
  online: boolean;
  config: Record<string, unknown>;
  /** Looks the candidate's values up in the history store, unless the run has none (`--no-history`). */
  history?: HistoryLookup;
  /** Photo thumbnails for the HTML report (`PhotoEvidence.thumbnail`); off for every other format. */
  thumbnails?: boolean;
}

/** Earlier sightings of a candidate's values; `sofar` holds the photo hashes and resume text the lookup needs. */
export type HistoryLookup = (loaded: LoadedDossier, sofar: Gathered) => Promise<HistoryMatch[]>;

export interface Gatherer {
  name: string;
  applies(loaded: LoadedDossier, options: GatherOptions): boolean;
  /** `sofar` holds what the gatherers before this one found (the history needs photo hashes). */
  gather(loaded: LoadedDossier, options: GatherOptions, sofar: Gathered): Promise<Partial<Gathered>>;
}

/** Explicit list of the built-in gatherers, in the order they run (history last: it uses the others' results). */
export const gatherers: Gatherer[] = [onlineGatherer, photosGatherer, resumeGatherer, historyGatherer];
