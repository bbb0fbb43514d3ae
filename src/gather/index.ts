// Gatherers collect, before the checks run, whatever a check needs from disk or the
// network (image bytes, EXIF, resume files, online lookups). Each owns one member of
// Gathered and loads its heavy modules only when a dossier needs them.

import type { Gathered, LoadedDossier } from '../types.js';
import { onlineGatherer } from './online.js';
import { photosGatherer } from './photos.js';
import { resumeGatherer } from './resume.js';

export interface GatherOptions {
  allowOutside: boolean;
  online: boolean;
  config: Record<string, unknown>;
  /** Photo thumbnails for the HTML report (`PhotoEvidence.thumbnail`); off for every other format. */
  thumbnails?: boolean;
}

export interface Gatherer {
  name: string;
  applies(loaded: LoadedDossier, options: GatherOptions): boolean;
  gather(loaded: LoadedDossier, options: GatherOptions): Promise<Partial<Gathered>>;
}

/** Explicit, sorted list of the built-in gatherers. */
export const gatherers: Gatherer[] = [onlineGatherer, photosGatherer, resumeGatherer];
