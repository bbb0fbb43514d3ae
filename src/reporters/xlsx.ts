// `--format xlsx --output out.xlsx`: the input sheet back as a workbook, results in added columns.

import { createRequire } from 'node:module';
import type { Reporter } from '../types.js';
import { sheetTable } from './sheet-table.js';

type XLSXModule = typeof import('@e965/xlsx');

// Reporters are synchronous; SheetJS is large, so it is required only when this format is chosen.
const requireHere = createRequire(import.meta.url);

export const xlsx: Reporter = (report) => {
  const XLSX = requireHere('@e965/xlsx') as XLSXModule;
  const sheet = XLSX.utils.aoa_to_sheet(sheetTable(report), { dense: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'vet');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
};
