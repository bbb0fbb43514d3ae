// `--format csv`: the input sheet back with risk, score, findings and links added (RFC 4180).

import type { Reporter, RunReport } from '../types.js';
import { sheetRows, type TableCell } from './sheet-table.js';

export const csv: Reporter = (report) => [...csvPieces(report)].join('');

/** Line by line: neither the table of cells nor the text is ever built whole. */
export function* csvPieces(report: RunReport): Generator<string> {
  for (const cells of sheetRows(report)) yield `${csvLine(cells)}\r\n`;
}

function csvLine(cells: TableCell[]): string {
  return cells.map(csvField).join(',');
}

function csvField(cell: TableCell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
