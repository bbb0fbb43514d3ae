// `--format csv`: the input sheet back with risk, score, findings and links added (RFC 4180).

import type { Reporter } from '../types.js';
import { sheetTable, type TableCell } from './sheet-table.js';

export const csv: Reporter = (report) => `${sheetTable(report).map(csvLine).join('\r\n')}\r\n`;

function csvLine(cells: TableCell[]): string {
  return cells.map(csvField).join(',');
}

function csvField(cell: TableCell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
