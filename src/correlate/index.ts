// Links between candidates of one run (and of the history store): the laptop farm.

import type { Linker } from './link.js';
import type { CandidateReport, CheckConfig, Correlation, Finding, LoadedDossier, Gathered, Severity } from '../types.js';
import { fingerprints, type Fingerprint } from './fingerprints.js';

// The values linked on (also for the history store and known-bad lists): ./fingerprints.ts.

export interface CorrelationInput {
  loaded: LoadedDossier;
  gathered: Gathered;
  report: CandidateReport;
}

/** What the linker keeps of a candidate: where it is in the run, who it is, and the values it can be linked by. */
export interface Linkable {
  index: number;
  candidate: Correlation['candidates'][number];
  prints: Fingerprint[];
}

export interface CorrelationOptions {
  /** allowAddresses: the company's own offices, never a link. */
  config?: CheckConfig;
  /** Per-check severity or 'off', from the configuration. */
  severities?: Record<string, Severity | 'off'>;
}

export interface CorrelationResult {
  correlations: Correlation[];
  /** Findings to add to each candidate, by input index. */
  findings: Map<number, Finding[]>;
}

export async function correlate(inputs: CorrelationInput[], options: CorrelationOptions = {}): Promise<CorrelationResult> {
  const correlator = new Correlator(options);
  for (const { loaded, gathered, report } of inputs) await correlator.add({ index: loaded.index, candidate: report.candidate, prints: fingerprints(loaded, gathered) });
  return correlator.finish();
}

/**
 * Links built candidate by candidate, so that the engine can let each dossier go once it is
 * checked. One candidate has nobody to share with: the linker (and address/phone parsing) loads
 * only when a second one arrives, so a single dossier starts as fast as before.
 */
export class Correlator {
  private first?: Linkable;
  private linker?: Linker;

  constructor(private readonly options: CorrelationOptions = {}) {}

  async add(input: Linkable): Promise<void> {
    if (this.linker) return this.linker.add(input);
    if (!this.first) {
      this.first = input;
      return;
    }
    const { Linker } = await import('./link.js');
    this.linker = new Linker(this.options);
    this.linker.add(this.first);
    this.first = undefined;
    this.linker.add(input);
  }

  finish(): CorrelationResult {
    return this.linker?.finish() ?? { correlations: [], findings: new Map() };
  }
}
