// Sheet readers: one dossier per row. Loaded lazily (csv-parse, SheetJS) by ../inputs.ts.

import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import type { LoadedDossier, Rejected } from '../../types.js';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';
import { planColumns } from './columns.js';
import { rowToDossier, type SheetContext } from './rows.js';
import { readDelimited } from './csv.js';
import { readWorkbook } from './xlsx.js';

export interface SheetOptions {
  allowOutside: boolean;
  /** Workbook tab (`--sheet`). */
  sheet?: string;
  /** Header -> dotted field (`--map`). */
  map?: Record<string, string>;
}

/** Rows of one table, every cell text; `rejected` holds rows the parser itself could not read. */
export interface Table {
  /** Name in messages: `candidates.csv`, `book.xlsx[Contractors]`. */
  label: string;
  header: string[];
  rows: { row: number; cells: string[] }[];
  unreadable: { row: number; message: string }[];
  warnings: string[];
}

export async function readSheet(file: string, label: string, firstIndex: number, options: SheetOptions): Promise<(LoadedDossier | Rejected)[]> {
  const ext = path.extname(file).toLowerCase();
  if (options.sheet !== undefined && ext !== '.xlsx') throw new UserError(`${label}: --sheet names a workbook tab, but this is a ${ext.slice(1)} file`);
  const bytes = await readBytes(file, label);
  const table = ext === '.xlsx' ? await readWorkbook(bytes, label, options.sheet) : await readDelimited(bytes, label, ext === '.tsv' ? '\t' : undefined);
  return tableToDossiers(table, file, firstIndex, options);
}

export function tableToDossiers(table: Table, file: string, firstIndex: number, options: SheetOptions): (LoadedDossier | Rejected)[] {
  const limits = sheetColumns().limits;
  if (table.header.length === 0) throw new UserError(`${table.label}: empty sheet (expected a header row, then one candidate per row)`);
  if (table.header.length > limits.maxColumns) throw new UserError(`${table.label}: ${table.header.length} columns is more than the limit of ${limits.maxColumns}`);
  const rowCount = table.rows.length + table.unreadable.length;
  if (rowCount > limits.maxRows) throw new UserError(`${table.label}: ${rowCount} rows is more than the limit of ${limits.maxRows} (split the sheet)`);
  const sheet: SheetContext = {
    label: table.label,
    file,
    baseDir: path.dirname(path.resolve(file)),
    header: table.header,
    plan: planColumns(table.header, options.map ?? {}, table.label),
    allowOutside: options.allowOutside,
    said: new Set(table.warnings),
  };
  const origin = (row: number) => ({ label: `${table.label}:${row}`, file, baseDir: sheet.baseDir, row });
  const items: { row: number; item: (index: number) => LoadedDossier | Rejected }[] = [
    ...table.rows.map(({ row, cells }) => ({ row, item: (index: number) => rowToDossier(cells, row, index, sheet) })),
    ...table.unreadable.map(({ row, message }) => ({ row, item: (index: number): Rejected => ({ origin: origin(row), index, message: `${table.label}:${row}: ${message}` }) })),
  ];
  items.sort((a, b) => a.row - b.row);
  const out = items.map(({ item }, i) => item(firstIndex + i));
  const first = out.find((i): i is LoadedDossier => 'dossier' in i);
  if (first) first.warnings.unshift(...table.warnings);
  return out;
}

async function readBytes(file: string, label: string): Promise<Buffer> {
  const limits = sheetColumns().limits;
  const max = path.extname(file).toLowerCase() === '.xlsx' ? limits.maxWorkbookBytes : limits.maxFileBytes;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(`${label}: is a directory, expected a sheet`);
    if (info.size > max) throw new UserError(`${label}: ${info.size} bytes is more than the limit of ${max} for a sheet (split it)`);
    return await readFile(file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${label}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${label}: permission denied`);
    throw new UserError(`${label}: cannot read (${code ?? (err as Error).message})`);
  }
}
