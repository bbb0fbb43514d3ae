// The batch parts of the text report: a table of candidates (a sheet of thousands cannot be read
// as blocks), and the links between candidates as groups.

import type { ChalkInstance } from 'chalk';
import type { CandidateReport, Correlation, RunReport, Severity } from '../types.js';
import { clean } from '../util/sanitize.js';
import { ownValueHint } from '../correlate/own-value.js';

type Colour = (c: ChalkInstance, severity: Severity) => ChalkInstance;

/** A run that read a sheet is shown as a table; dossier files as blocks. */
export function isSheetRun(report: RunReport): boolean {
  return report.candidates.some((c) => c.candidate.row !== undefined) || report.rejected.some((r) => r.row !== undefined);
}

const WIDTH = { row: 24, id: 16, name: 28 };

/** ROW  ID  NAME  GRADE  TOP FINDING, one line per input in input order. */
export function candidateTable(report: RunReport, c: ChalkInstance, colour: Colour): string {
  const header = ['ROW', 'ID', 'NAME', 'GRADE', 'TOP FINDING'];
  const limits = [WIDTH.row, WIDTH.id, WIDTH.name, 8];
  const shown = (cells: string[]) => cells.map((cell, i) => (i < limits.length ? truncate(clean(cell), limits[i]) : clean(cell)));
  const rows = report.order.map(({ kind, at }) => {
    if (kind === 'candidate') {
      const r = report.candidates[at];
      return { cells: shown([where(r.candidate), r.candidate.id ?? '', r.candidate.name, r.risk.toUpperCase(), topFinding(r)]), risk: r.risk as Severity };
    }
    const r = report.rejected[at];
    return { cells: shown([where(r), '', '', 'ERROR', 'could not be read (below)']), risk: undefined };
  });
  // A loop, not Math.max(...widths): a sheet may have 200,000 rows, more arguments than a call takes.
  const widths = limits.map((_, i) => rows.reduce((widest, r) => Math.max(widest, r.cells[i].length), header[i].length));
  const line = (cells: string[], paint?: (s: string) => string) =>
    cells
      .map((text, i) => {
        const padded = i < widths.length ? text.padEnd(widths[i]) : text;
        return i === 3 && paint ? paint(padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [
    c.bold(line(header)),
    ...rows.map((r) => line(r.cells, r.risk ? (s) => colour(c, r.risk!)(s) : (s) => c.red.bold(s))),
  ].join('\n');
}

/** Each link as a group: severity, kind, the shared value (masked), then every candidate in it. */
export function clustersBlock(correlations: Correlation[], candidates: number, c: ChalkInstance, colour: Colour): string {
  const groups = correlations.map((link) => {
    const head = `${colour(c, link.severity)(link.severity.toUpperCase())} ${c.bold(link.kind)}  ${clean(link.value)}  ${c.dim(`(${link.candidates.length} candidates)`)}`;
    const hint = ownValueHint(link, candidates);
    const members = link.candidates.map((m) => `    ${clean(where(m)).padEnd(12)} ${clean([m.id, m.name].filter(Boolean).join('  '))}`);
    return [`  ${head}`, ...(hint ? [`    ${c.dim(hint)}`] : []), ...members].join('\n');
  });
  return [c.bold(`Links between candidates (${correlations.length}):`), ...groups].join('\n');
}

function where(candidate: { source: string; row?: number }): string {
  return candidate.row !== undefined ? `row ${candidate.row}` : candidate.source;
}

function topFinding(report: CandidateReport): string {
  const top = report.findings.find((f) => f.severity !== 'info');
  return top ? `${top.check} (${top.severity})` : '-';
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
