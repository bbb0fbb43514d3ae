// The input sheet back, one row per input in input order, with the results in added columns.
// Shared by the csv and xlsx reporters. Every text cell is neutralised against formula injection.

import type { CandidateReport, Correlation, Origin, RunReport } from '../types.js';
import { firstOthers, pushTo } from '../util/collections.js';
import { correlationRules } from '../data/correlation.js';

export type TableCell = string | number;

export const ADDED_COLUMNS = ['risk', 'score', 'findings', 'links'] as const;

/** Header row, then one row per input. */
export function sheetTable(report: RunReport): TableCell[][] {
  return [...sheetRows(report)];
}

/** The rows of `sheetTable` one at a time: a writer that consumes each never holds the whole table (100,000 rows of cells). */
export function* sheetRows(report: RunReport): Generator<TableCell[]> {
  const origins = inputOrigins(report);
  const single = singleSheet(origins);
  const base = single ? single.header : ['source', 'id', 'name', ...unionOfHeaders(origins)];
  const added = ADDED_COLUMNS.map((c) => (base.some((h) => h.trim().toLowerCase() === c) ? `vet ${c}` : c));
  const links = linksBySource(report.correlations);
  yield [...base, ...added].map(neutralise);
  for (let i = 0; i < report.order.length; i++) {
    const { kind, at } = report.order[i];
    const origin = origins[i];
    const candidate = kind === 'candidate' ? report.candidates[at] : undefined;
    const rejected = kind === 'rejected' ? report.rejected[at] : undefined;
    const cells = single ? padded(origin?.sheetRow?.cells ?? [], base.length) : mixedCells(origin, candidate, rejected?.source ?? '', base);
    const results: TableCell[] = candidate
      ? [candidate.risk, candidate.score, findingsCell(candidate), linksCell(links.get(candidate.candidate.source) ?? [], candidate.candidate.source)]
      : ['error', '', rejected?.error ?? '', ''];
    yield [...cells, ...results].map((c) => (typeof c === 'number' ? c : neutralise(c)));
  }
}

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @) or that starts with a tab or CR
 * gets a leading apostrophe (OWASP's advice for CSV injection): shown as text, never run.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Origins in input order; undefined where the report does not carry them. */
function inputOrigins(report: RunReport): (Origin | undefined)[] {
  return report.order.map(({ kind, at }) => (kind === 'candidate' ? report.origins?.candidates[at] : report.origins?.rejected[at]));
}

function singleSheet(origins: (Origin | undefined)[]): { header: string[] } | undefined {
  const first = origins[0]?.sheetRow;
  if (!first) return undefined;
  return origins.every((o) => o?.sheetRow?.sheet === first.sheet) ? { header: first.header } : undefined;
}

function unionOfHeaders(origins: (Origin | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of origins) {
    if (!o?.sheetRow || seen.has(o.sheetRow.sheet)) continue;
    seen.add(o.sheetRow.sheet);
    for (const h of o.sheetRow.header) if (!out.includes(h)) out.push(h);
  }
  return out;
}

function mixedCells(origin: Origin | undefined, candidate: CandidateReport | undefined, rejectedSource: string, base: string[]): string[] {
  const cells = new Array<string>(base.length).fill('');
  cells[0] = candidate?.candidate.source ?? rejectedSource;
  cells[1] = candidate?.candidate.id ?? '';
  cells[2] = candidate?.candidate.name ?? '';
  const row = origin?.sheetRow;
  row?.header.forEach((h, i) => {
    const at = base.indexOf(h, 3);
    if (at >= 0) cells[at] = row.cells[i] ?? '';
  });
  return cells;
}

function padded(cells: string[], length: number): string[] {
  return cells.length >= length ? cells : [...cells, ...new Array<string>(length - cells.length).fill('')];
}

function findingsCell(candidate: CandidateReport): string {
  return candidate.findings.map((f) => `${f.check} (${f.severity})`).join('; ');
}

function linksBySource(correlations: Correlation[]): Map<string, Correlation[]> {
  const out = new Map<string, Correlation[]>();
  for (const c of correlations) for (const member of c.candidates) pushTo(out, member.source, c);
  return out;
}

/**
 * `shared-address (high) with rows 5, 9, 14; shared-phone (high) with row 5`. A link may hold every
 * row of a sheet (an agency's office as everyone's shipping address): each cell names the first
 * few others and counts the rest, as the findings' evidence does, so that the sheet grows with its
 * rows and not with their square, and a cell stays under a spreadsheet's 32,767 characters.
 */
function linksCell(correlations: Correlation[], self: string): string {
  const listed = correlationRules().evidence.namesListed;
  return correlations
    .map((c) => {
      const others = firstOthers(c.candidates, (m) => m.source === self, listed);
      const total = c.candidates.length - 1;
      const more = total > others.length ? ` and ${total - others.length} more` : '';
      const rows = others.every((m) => m.row !== undefined);
      const list = rows ? `row${total === 1 ? '' : 's'} ${others.map((m) => m.row).join(', ')}` : others.map((m) => m.source).join(', ');
      return `${c.kind} (${c.severity}) with ${list}${more}`;
    })
    .join('; ');
}
