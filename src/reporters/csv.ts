// `--format csv`: the input sheet back with risk, score, findings and links added (RFC 4180).

import type { Reporter } from '../types.js';
import { sheetRows, type TableCell } from './sheet-table.js';

// Line by line: the table of cells is never built whole, only the lines it becomes.
export const csv: Reporter = (report) => `${Array.from(sheetRows(report), csvLine).join('\r\n')}\r\n`;

function csvLine(cells: TableCell[]): string {
  return cells.map(csvField).join(',');
}

function csvField(cell: TableCell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
