// XLSX workbooks: the zip-bomb guard looks at the central directory, then the chosen tab is read a
// row at a time (./ooxml.ts). SheetJS stays for what it knows best: number formats (which of them
// are dates) and Excel's date serials.

import { rowEvent, type TableEvent } from './csv.js';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';
import { bytesSource, openZip, type ZipSource } from './zip.js';
import { numberFormats, sharedStrings, workbookLayout, WorkbookParts, worksheetRows, type RawCell } from './ooxml.js';

type XLSXModule = typeof import('@e965/xlsx');

/** One tab of a workbook: its rows as the events a CSV gives, in row order. */
export interface Workbook {
  /** Name in messages: `book.xlsx`, or `book.xlsx[Contractors]` when the tab is named or there are several. */
  label: string;
  /** Read as they are used: a row's cells are the only part of the tab held at a time. */
  events: AsyncIterable<TableEvent>;
  warnings: string[];
}

/** Reads the tab's rows as they are used: a file source must stay open until `events` is done. */
export async function readWorkbook(source: ZipSource | Buffer, label: string, tab: string | undefined): Promise<Workbook> {
  const limits = sheetColumns().limits;
  const zip = Buffer.isBuffer(source) ? bytesSource(source) : source;
  const members = await openZip(zip, limits);
  if (typeof members === 'string') throw new UserError(`${label}: ${members}`);
  const parts = new WorkbookParts(zip, members);
  const layout = await readable(() => workbookLayout(parts), label);
  const names = layout.tabs.map((t) => t.name);
  const chosen = tab ?? names[0];
  if (chosen === undefined) throw new UserError(`${label}: workbook has no tabs`);
  const part = layout.tabs.find((t) => t.name === chosen)?.part;
  if (part === undefined) throw new UserError(`${label}: no tab named ${JSON.stringify(tab)} (tabs: ${names.join(', ')})`);
  if (!parts.has(part)) throw new UserError(`${label}: cannot read the workbook (tab ${JSON.stringify(chosen)} has no worksheet part)`);
  const XLSX: XLSXModule = await import('@e965/xlsx');
  const [strings, formats] = await readable(() => Promise.all([sharedStrings(parts, layout.sharedStrings), numberFormats(parts, layout.styles)]), label);
  const textOf = cellTexts(XLSX, formats);
  const tabLabel = names.length > 1 || tab !== undefined ? `${label}[${chosen}]` : label;
  const warnings = tab === undefined && names.length > 1 ? [`${label}: workbook has ${names.length} tabs (${names.join(', ')}); read ${JSON.stringify(chosen)} (choose another with --sheet)`] : [];
  return { label: tabLabel, events: sheetEvents(worksheetRows(parts, part, strings, textOf), label, limits.maxCellChars), warnings };
}

async function readable<T>(read: () => Promise<T>, label: string): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw new UserError(`${label}: cannot read the workbook (${(err as Error).message})`);
  }
}

/**
 * No header event for a tab without a non-blank row: the reader refuses it as an empty sheet.
 * The header is the first row with anything in it; data rows are numbered from the one after it.
 */
async function* sheetEvents(rows: AsyncIterable<{ index: number; cells: string[] }>, label: string, maxCellChars: number): AsyncGenerator<TableEvent> {
  let headerAt: number | undefined;
  let header: string[] = [];
  const iterator = rows[Symbol.asyncIterator]();
  for (;;) {
    const next = await readable(() => iterator.next(), label);
    if (next.done) return;
    const { index, cells } = next.value;
    if (headerAt === undefined) {
      if (cells.every((c) => c.trim() === '')) continue;
      headerAt = index;
      header = cells.map((h) => h.trim());
      yield { kind: 'header', header };
      continue;
    }
    const row = index - headerAt;
    if (cells.every((c) => c.trim() === '')) continue;
    yield rowEvent(row, cells, header, maxCellChars);
  }
}

/**
 * A cell as the text a person sees, except numbers, which keep every digit (phone and account
 * numbers); undefined for a cell SheetJS leaves out (no value). A number is a date when its
 * style's format is one (the workbook's own format codes first, then Excel's built-in ones).
 */
function cellTexts(XLSX: XLSXModule, formats: { styles: number[]; codes: Map<number, string> }): (cell: RawCell) => string | undefined {
  const builtin = XLSX.SSF.get_table() as Record<number, string | undefined>;
  const dateStyles = new Map<number, boolean>();
  const isDate = (style: number): boolean => {
    const known = dateStyles.get(style);
    if (known !== undefined) return known;
    const id = formats.styles[style] ?? 0;
    const code = formats.codes.get(id) ?? builtin[id];
    const date = code !== undefined && (XLSX.SSF.is_date(code) as boolean);
    dateStyles.set(style, date);
    return date;
  };
  return ({ type, style, value }) => {
    switch (type) {
      case 's':
      case 'str':
      case 'inlineStr':
        return value;
      case 'b':
        return value === '1' || value === 'true' ? 'true' : 'false';
      case 'e':
        return value ?? '';
      case 'd':
        return value === undefined ? undefined : numberText(XLSX, serialOf(value), isDate(style));
      default:
        return value === undefined ? undefined : numberText(XLSX, parseFloat(value), isDate(style));
    }
  };
}

function numberText(XLSX: XLSXModule, n: number, date: boolean): string {
  if (date) return excelDate(XLSX, n);
  // A spreadsheet keeps 15 significant digits: a 17-digit account in a number cell lost its last
  // ones, and written out in full two accounts would read as one. As Excel shows it, it is
  // rounded, and the row reader leaves it unread.
  if (Math.abs(n) >= 1e15) return n.toExponential(14).toUpperCase();
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/**
 * An ISO 8601 date cell (`t="d"`) as Excel's serial day number. A time without a zone is read as
 * UTC (SheetJS read it in the machine's zone): a report must not depend on where it was made.
 */
function serialOf(iso: string): number {
  return (Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Serial date -> `YYYY-MM-DD`, or with a time `YYYY-MM-DDTHH:MM:SSZ`. */
function excelDate(XLSX: XLSXModule, serial: number): string {
  const d = XLSX.SSF.parse_date_code(serial);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
  return d.H || d.M || d.S ? `${date}T${pad(d.H)}:${pad(d.M)}:${pad(Math.floor(d.S))}Z` : date;
}
