// Links between candidates of one run (and of the history store): the laptop farm.

import type { CandidateReport, Correlation, Finding, LoadedDossier, Gathered } from '../types.js';

export interface CorrelationInput {
  loaded: LoadedDossier;
  gathered: Gathered;
  report: CandidateReport;
}

export interface CorrelationResult {
  correlations: Correlation[];
  /** Findings to add to each candidate, by input index. */
  findings: Map<number, Finding[]>;
}

export async function correlate(_inputs: CorrelationInput[]): Promise<CorrelationResult> {
  return { correlations: [], findings: new Map() };
}
