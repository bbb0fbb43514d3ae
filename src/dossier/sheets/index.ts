// Sheet readers: one dossier per row. Loaded lazily (csv-parse, htmlparser2, SheetJS) by ../inputs.ts.

import path from 'node:path';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { LoadedDossier, Rejected } from '../../types.js';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';
import { planColumns } from './columns.js';
import { rowToDossier, type SheetContext } from './rows.js';
import { streamDelimited, type TableEvent } from './csv.js';
import { readWorkbook } from './xlsx.js';
import { fileSource } from './zip.js';

export interface SheetOptions {
  allowOutside: boolean;
  /** Workbook tab (`--sheet`). */
  sheet?: string;
  /** Header -> dotted field (`--map`). */
  map?: Record<string, string>;
  /** Keep each row's cells in its origin (`Origin.sheetRow`), for the outputs that write the sheet back. */
  sheetRows?: boolean;
}

/**
 * One dossier (or the reason there is none) per row, in row order, each as soon as its row is
 * parsed: a CSV's text and dossiers are never all held. Items carry index -1: the caller numbers them.
 */
export async function* streamSheet(file: string, label: string, options: SheetOptions): AsyncGenerator<LoadedDossier | Rejected> {
  const ext = path.extname(file).toLowerCase();
  if (options.sheet !== undefined && ext !== '.xlsx') throw new UserError(`${label}: --sheet names a workbook tab, but this is a ${ext.slice(1)} file`);
  const { handle, size } = await openSheet(file, label);
  try {
    if (ext === '.xlsx') {
      const workbook = await readWorkbook(fileSource(handle, size), label, options.sheet);
      yield* dossiersOf(workbook.events, workbook.label, file, workbook.warnings, options);
    } else {
      const warnings: string[] = [];
      yield* dossiersOf(streamDelimited(handle, label, warnings, ext === '.tsv' ? '\t' : undefined), label, file, warnings, options);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Rows -> dossiers. A sheet the limits refuse fails as soon as its header says so (no header, too
 * many columns, a bad column map); a sheet with too many rows converts none past the limit, counts
 * the rest, and then fails, saying how many it has. The sheet's own warnings go with its first dossier.
 */
async function* dossiersOf(events: AsyncIterable<TableEvent> | Iterable<TableEvent>, label: string, file: string, warnings: string[], options: SheetOptions): AsyncGenerator<LoadedDossier | Rejected> {
  const limits = sheetColumns().limits;
  const baseDir = path.dirname(path.resolve(file));
  const header = new HeaderSearch((cells) => sheetContext(cells, label, file, baseDir, warnings, options), label, warnings);
  let rows = 0;
  for await (const event of events) {
    if (!header.found) {
      header.consider(event);
      continue;
    }
    if (event.kind === 'header') continue; // the readers give one, first: never after the header is found
    const { sheet, rowsBefore } = header.found;
    if (++rows > limits.maxRows) continue;
    // Rows count from the header: title rows above it are not candidates.
    const row = event.row - rowsBefore;
    if (event.kind === 'unreadable') {
      yield { origin: { label: `${label}:${row}`, file, baseDir, row }, index: -1, message: `${label}:${row}: ${event.message}` };
      continue;
    }
    yield rowToDossier(event.cells, row, -1, sheet);
  }
  header.finish();
  if (rows > limits.maxRows) throw new UserError(`${label}: ${rows} rows is more than the limit of ${limits.maxRows} (split the sheet)`);
}

/** Rows of one cell above the header (`Candidate export`, `Generated 2026-11-01`), at most this many. */
const MAX_TITLE_ROWS = 5;

/**
 * The header row: the first row, unless it holds one cell at most and is no header (an
 * applicant-tracking export's title), in which case the next rows are tried, up to MAX_TITLE_ROWS.
 */
class HeaderSearch {
  found?: { sheet: SheetContext; rowsBefore: number };
  private refusal?: unknown;
  private titleRows = 0;
  /** Excel's `sep=;` line, which says the delimiter and is no title. */
  private separatorLines = 0;

  constructor(
    private readonly contextOf: (cells: string[]) => SheetContext,
    private readonly label: string,
    private readonly warnings: string[],
  ) {}

  consider(event: TableEvent): void {
    if (this.refusal !== undefined && (event.kind !== 'row' || this.titleRows > MAX_TITLE_ROWS)) throw this.refusal;
    const cells = event.kind === 'header' ? event.header : event.kind === 'row' ? event.cells : undefined;
    if (!cells) return; // an unreadable row before any header: the sheet is refused at the end
    try {
      const sheet = this.contextOf(cells);
      const rowsBefore = event.kind === 'row' ? event.row : 0;
      const titles = rowsBefore - this.separatorLines;
      if (titles > 0) this.warnings.push(`${this.label}: ${titles === 1 ? 'the row' : `${titles} rows`} above the header read as a title and skipped`);
      this.found = { sheet, rowsBefore };
    } catch (err) {
      // A row with two or more cells that is no header is a wrong header, not a title: say why.
      if (cells.filter((c) => c.trim() !== '').length > 1) throw err;
      this.refusal ??= err;
      this.titleRows++;
      if (this.titleRows === 1 && /^sep=.?$/i.test(cells[0]?.trim() ?? '')) this.separatorLines++;
    }
  }

  finish(): void {
    if (this.found) return;
    throw this.refusal ?? new UserError(`${this.label}: empty sheet (expected a header row, then one candidate per row)`);
  }
}

function sheetContext(header: string[], label: string, file: string, baseDir: string, warnings: string[], options: SheetOptions): SheetContext {
  const limits = sheetColumns().limits;
  if (header.length === 0) throw new UserError(`${label}: empty sheet (expected a header row, then one candidate per row)`);
  if (header.length > limits.maxColumns) throw new UserError(`${label}: ${header.length} columns is more than the limit of ${limits.maxColumns}`);
  const plan = planColumns(header, options.map ?? {}, label);
  return { label, file, baseDir, header, plan, allowOutside: options.allowOutside, sheetRows: options.sheetRows ?? true, warnings, said: new Set() };
}

/** Opens a sheet after checking that it is a file within the size limit; its size goes with it (a workbook is read by ranges). */
async function openSheet(file: string, label: string): Promise<{ handle: FileHandle; size: number }> {
  const limits = sheetColumns().limits;
  const max = path.extname(file).toLowerCase() === '.xlsx' ? limits.maxWorkbookBytes : limits.maxFileBytes;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(`${label}: is a directory, expected a sheet`);
    if (info.size > max) throw new UserError(`${label}: ${info.size} bytes is more than the limit of ${max} for a sheet (split it)`);
    return { handle: await open(file, 'r'), size: info.size };
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
