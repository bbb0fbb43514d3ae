// Links between candidates of one run (and of the history store): the laptop farm.

import type { CandidateReport, CheckConfig, Correlation, Finding, LoadedDossier, Gathered, Severity } from '../types.js';

// The values linked on (also for the history store and known-bad lists): ./fingerprints.ts.

export interface CorrelationInput {
  loaded: LoadedDossier;
  gathered: Gathered;
  report: CandidateReport;
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
  // One candidate has nobody to share with; the linker (and address/phone parsing) loads only for batches.
  if (inputs.length < 2) return { correlations: [], findings: new Map() };
  const { link } = await import('./link.js');
  return link(inputs, options);
}
