import type { CandidateReport, Reporter, RunReport } from '../types.js';

/**
 * The spec's report form. One dossier: its report object. Several (or a sheet): a run
 * object whose `candidates` keeps input order, with unreadable inputs as `{ candidate, error }`.
 */
export const json: Reporter = (report) => [...jsonPieces(report)].join('');

/**
 * The same text a piece at a time, each candidate its own piece: 100,000 candidates made one
 * string of 466 MB (two bytes a character, for the masks' bullets), and the run peaked at 2.5 GB.
 * The pieces are exactly `JSON.stringify(value, null, 2)`: a string's line breaks are escaped in
 * JSON, so every line break is the layout's, and indenting a nested value is prefixing its lines.
 */
export function* jsonPieces(report: RunReport): Generator<string> {
  if (report.candidates.length === 1 && report.rejected.length === 0) {
    yield `${JSON.stringify({ ...report.candidates[0], data: report.data }, null, 2)}\n`;
    return;
  }
  yield* objectPieces(runObject(report), 'candidates');
  yield '\n';
}

/** An object's JSON with one array member written an element at a time. */
function* objectPieces(object: Record<string, unknown>, streamed: string): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    const text = key === streamed ? undefined : JSON.stringify(value, null, 2);
    if (key !== streamed && text === undefined) continue; // as JSON.stringify leaves out undefined members
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (text !== undefined) yield indented(text, '  ');
    else yield* arrayPieces(value as unknown[]);
  }
  yield first ? '{}' : '\n}';
}

function* arrayPieces(values: unknown[]): Generator<string> {
  if (values.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < values.length; i++) yield `${i === 0 ? '[' : ','}\n    ${indented(JSON.stringify(values[i], null, 2) ?? 'null', '    ')}`;
  yield '\n  ]';
}

function indented(text: string, indent: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}

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
