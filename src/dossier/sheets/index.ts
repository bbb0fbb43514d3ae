// Sheet readers: one dossier per row. Loaded lazily (csv-parse, SheetJS) by ../inputs.ts.

import path from 'node:path';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { LoadedDossier, Rejected } from '../../types.js';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';
import { planColumns } from './columns.js';
import { rowToDossier, type SheetContext } from './rows.js';
import { streamDelimited } from './csv.js';
import { readWorkbook } from './xlsx.js';

export interface SheetOptions {
  allowOutside: boolean;
  /** Workbook tab (`--sheet`). */
  sheet?: string;
  /** Header -> dotted field (`--map`). */
  map?: Record<string, string>;
  /** Keep each row's cells in its origin (`Origin.sheetRow`), for the outputs that write the sheet back. */
  sheetRows?: boolean;
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

/** Receives a table as its parser reads it: the header first, then rows and unreadable rows by row number. */
export interface TableSink {
  header(header: string[]): void;
  row(row: number, cells: string[]): void;
  unreadable(row: number, message: string): void;
}

export async function readSheet(file: string, label: string, firstIndex: number, options: SheetOptions): Promise<(LoadedDossier | Rejected)[]> {
  const ext = path.extname(file).toLowerCase();
  if (options.sheet !== undefined && ext !== '.xlsx') throw new UserError(`${label}: --sheet names a workbook tab, but this is a ${ext.slice(1)} file`);
  if (ext === '.xlsx') return tableToDossiers(await readWorkbook(await readBytes(file, label), label, options.sheet), file, firstIndex, options);
  // Each row becomes a dossier as soon as it is parsed: the sheet's text and records are never all held.
  const builder = new SheetBuilder(label, file, [], options);
  const handle = await openSheet(file, label);
  try {
    await streamDelimited(handle, label, builder, ext === '.tsv' ? '\t' : undefined);
  } finally {
    await handle.close();
  }
  return builder.finish(firstIndex);
}

export function tableToDossiers(table: Table, file: string, firstIndex: number, options: SheetOptions): (LoadedDossier | Rejected)[] {
  const builder = new SheetBuilder(table.label, file, table.warnings, options);
  builder.header(table.header);
  for (const { row, cells } of table.rows) builder.row(row, cells);
  for (const { row, message } of table.unreadable) builder.unreadable(row, message);
  return builder.finish(firstIndex);
}

/**
 * Turns rows into dossiers as they arrive. A sheet the limits refuse (no header, too many columns
 * or rows, a bad column map) converts no row past the limit, and `finish` says why, in the order
 * the checks have always been made.
 */
class SheetBuilder implements TableSink {
  private sheet?: SheetContext;
  private columns = 0;
  private rows = 0;
  private planError?: unknown;
  private readonly items: { row: number; item: LoadedDossier | Rejected }[] = [];
  private readonly limits = sheetColumns().limits;

  constructor(
    private readonly label: string,
    private readonly file: string,
    private readonly warnings: string[],
    private readonly options: SheetOptions,
  ) {}

  header(header: string[]): void {
    this.columns = header.length;
    if (header.length === 0 || header.length > this.limits.maxColumns) return;
    try {
      const plan = planColumns(header, this.options.map ?? {}, this.label);
      const baseDir = path.dirname(path.resolve(this.file));
      this.sheet = { label: this.label, file: this.file, baseDir, header, plan, allowOutside: this.options.allowOutside, sheetRows: this.options.sheetRows ?? true, said: new Set(this.warnings) };
    } catch (err) {
      this.planError = err;
    }
  }

  row(row: number, cells: string[]): void {
    if (this.counted() && this.sheet) this.items.push({ row, item: rowToDossier(cells, row, -1, this.sheet) });
  }

  unreadable(row: number, message: string): void {
    if (!this.counted()) return;
    const origin = { label: `${this.label}:${row}`, file: this.file, baseDir: path.dirname(path.resolve(this.file)), row };
    this.items.push({ row, item: { origin, index: -1, message: `${this.label}:${row}: ${message}` } });
  }

  /** Counts a row; false once the sheet has more rows than it may (they are counted, not kept). */
  private counted(): boolean {
    return ++this.rows <= this.limits.maxRows;
  }

  finish(firstIndex: number): (LoadedDossier | Rejected)[] {
    const { label, limits } = this;
    if (this.columns === 0) throw new UserError(`${label}: empty sheet (expected a header row, then one candidate per row)`);
    if (this.columns > limits.maxColumns) throw new UserError(`${label}: ${this.columns} columns is more than the limit of ${limits.maxColumns}`);
    if (this.rows > limits.maxRows) throw new UserError(`${label}: ${this.rows} rows is more than the limit of ${limits.maxRows} (split the sheet)`);
    if (this.planError !== undefined) throw this.planError;
    // The parser reports unreadable rows as it meets them, rows as they are read: back into row order.
    this.items.sort((a, b) => a.row - b.row);
    const out = this.items.map(({ item }, i) => Object.assign(item, { index: firstIndex + i }));
    const first = out.find((i): i is LoadedDossier => 'dossier' in i);
    if (first) first.warnings.unshift(...this.warnings);
    return out;
  }
}

async function readBytes(file: string, label: string): Promise<Buffer> {
  const handle = await openSheet(file, label);
  try {
    return await handle.readFile();
  } catch (err) {
    throw fileError(err, label);
  } finally {
    await handle.close();
  }
}

/** Opens a sheet after checking that it is a file within the size limit. */
async function openSheet(file: string, label: string): Promise<FileHandle> {
  const limits = sheetColumns().limits;
  const max = path.extname(file).toLowerCase() === '.xlsx' ? limits.maxWorkbookBytes : limits.maxFileBytes;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(`${label}: is a directory, expected a sheet`);
    if (info.size > max) throw new UserError(`${label}: ${info.size} bytes is more than the limit of ${max} for a sheet (split it)`);
    return await open(file, 'r');
  } catch (err) {
    throw fileError(err, label);
  }
}

function fileError(err: unknown, label: string): Error {
  if (err instanceof UserError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(`${label}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`${label}: permission denied`);
  return new UserError(`${label}: cannot read (${code ?? (err as Error).message})`);
}
