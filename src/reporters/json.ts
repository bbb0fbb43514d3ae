import type { CandidateReport, Reporter, RunReport } from '../types.js';

/**
 * The spec's report form. One dossier: its report object. Several (or a sheet): a run
 * object whose `candidates` keeps input order, with unreadable inputs as `{ candidate, error }`.
 */
export const json: Reporter = (report) => {
  if (report.candidates.length === 1 && report.rejected.length === 0) {
    return `${JSON.stringify({ ...report.candidates[0], data: report.data }, null, 2)}\n`;
  }
  return `${JSON.stringify(runObject(report), null, 2)}\n`;
};

export function runObject(report: RunReport) {
  return {
    schemaVersion: 1,
    vet: report.vet,
    data: report.data,
    summary: summaryCounts(report),
    candidates: inInputOrder(report),
    correlations: report.correlations,
  };
}

export function inInputOrder(report: RunReport): (CandidateReport | { candidate: { source: string; row?: number }; error: string })[] {
  return report.order.map(({ kind, at }) => {
    if (kind === 'candidate') return report.candidates[at];
    const r = report.rejected[at];
    return { candidate: { source: r.source, ...(r.row !== undefined && { row: r.row }) }, error: r.error };
  });
}

export function summaryCounts(report: RunReport) {
  const byRisk = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const c of report.candidates) byRisk[c.risk]++;
  return { candidates: report.candidates.length, rejected: report.rejected.length, ...byRisk };
}
