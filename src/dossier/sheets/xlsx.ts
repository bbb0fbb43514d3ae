// XLSX workbooks through SheetJS, after the zip-bomb guard has looked at the central directory.

import type { TableEvent } from './csv.js';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';
import { zipBombReason } from './zip.js';

type XLSXModule = typeof import('@e965/xlsx');
type Cell = import('@e965/xlsx').CellObject;

/** One tab of a workbook: its rows as the events a CSV gives, in row order. */
export interface Workbook {
  /** Name in messages: `book.xlsx`, or `book.xlsx[Contractors]` when the tab is named or there are several. */
  label: string;
  /** Made as they are read: each row's cells are let go once it is turned into text. */
  events: Iterable<TableEvent>;
  warnings: string[];
}

export async function readWorkbook(bytes: Buffer, label: string, tab: string | undefined): Promise<Workbook> {
  const limits = sheetColumns().limits;
  const refused = zipBombReason(bytes, limits);
  if (refused) throw new UserError(`${label}: ${refused}`);
  const XLSX: XLSXModule = await import('@e965/xlsx');
  const names = parse(() => XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames, label);
  const chosen = tab ?? names[0];
  if (chosen === undefined) throw new UserError(`${label}: workbook has no tabs`);
  if (!names.includes(chosen)) throw new UserError(`${label}: no tab named ${JSON.stringify(tab)} (tabs: ${names.join(', ')})`);
  const book = parse(() => XLSX.read(bytes, { type: 'buffer', dense: true, sheets: chosen, cellFormula: false, cellHTML: false, cellText: true, cellNF: true }), label);
  const sheet = book.Sheets[chosen];
  const tabLabel = names.length > 1 || tab !== undefined ? `${label}[${chosen}]` : label;
  const warnings = tab === undefined && names.length > 1 ? [`${label}: workbook has ${names.length} tabs (${names.join(', ')}); read ${JSON.stringify(chosen)} (choose another with --sheet)`] : [];
  return { label: tabLabel, events: sheetEvents(XLSX, sheet, limits.maxCellChars), warnings };
}

function parse<T>(read: () => T, label: string): T {
  try {
    return read();
  } catch (err) {
    throw new UserError(`${label}: cannot read the workbook (${(err as Error).message})`);
  }
}

/**
 * No header event for a tab without a non-blank row: the reader refuses it as an empty sheet.
 * SheetJS has parsed the whole tab (about 250 MB of cells for 100,000 rows); each row's cells
 * are dropped once read, so that the run's own data takes their place instead of adding to them.
 */
function* sheetEvents(XLSX: XLSXModule, sheet: import('@e965/xlsx').WorkSheet | undefined, maxCellChars: number): Generator<TableEvent> {
  const data = (sheet?.['!data'] ?? []) as ((Cell | undefined)[] | undefined)[];
  const texts = (r: number) => {
    const cells = Array.from(data[r] ?? [], (cell) => cellText(XLSX, cell));
    data[r] = undefined;
    return cells;
  };
  // The header is the first row with anything in it; data rows are numbered from the one after it.
  let headerAt = 0;
  let header: string[] = [];
  for (; headerAt < data.length; headerAt++) {
    header = texts(headerAt).map((h) => h.trim());
    if (header.some((h) => h !== '')) break;
  }
  if (headerAt === data.length) return;
  yield { kind: 'header', header };
  for (let r = headerAt + 1; r < data.length; r++) {
    const row = r - headerAt;
    const cells = texts(r);
    if (cells.every((c) => c.trim() === '')) continue;
    const tooLong = cells.findIndex((c) => c.length > maxCellChars);
    if (tooLong >= 0) yield { kind: 'unreadable', row, message: `column ${JSON.stringify(header[tooLong] ?? `#${tooLong + 1}`)}: cell is longer than ${maxCellChars} characters` };
    else yield { kind: 'row', row, cells };
  }
}

/** A cell as the text a person sees, except numbers, which keep every digit (phone and account numbers). */
function cellText(XLSX: XLSXModule, cell: Cell | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'n':
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) return excelDate(XLSX, cell.v as number);
      return Number.isInteger(cell.v) ? BigInt(cell.v as number).toString() : String(cell.v);
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10);
    default:
      return cell.w ?? String(cell.v);
  }
}

/** Serial date -> `YYYY-MM-DD`, or with a time `YYYY-MM-DDTHH:MM:SSZ`. */
function excelDate(XLSX: XLSXModule, serial: number): string {
  const d = XLSX.SSF.parse_date_code(serial);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
  return d.H || d.M || d.S ? `${date}T${pad(d.H)}:${pad(d.M)}:${pad(Math.floor(d.S))}Z` : date;
}
