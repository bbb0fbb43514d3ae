// The xlsx reader reads exactly what the SheetJS-based reader read. The oracle below is that
// reader's code, kept here as it was; each workbook (SheetJS-written, and hand-written to look
// like Microsoft Excel's XML) is read by both and the events compared.

import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { TableEvent } from '../../src/dossier/sheets/csv.js';
import { readWorkbook } from '../../src/dossier/sheets/xlsx.js';
import { StringTable } from '../../src/dossier/sheets/ooxml.js';
import {
  EXCEL_CANDIDATES_SHEET,
  EXCEL_SECOND_SHEET,
  EXCEL_SHARED_STRINGS,
  EXCEL_STR_QUIRKS_SHEET,
  MIXED_ROWS,
  excelBook,
  largeRows,
  sheetjsBook,
} from './xlsx-books.js';

// ---------------------------------------------------------------------------------------------
// The oracle: the SheetJS-based reader's events, as it made them before the streaming reader.

/** Longer than any parity fixture's cell: the oracle never reports a cell as too long. */
const ORACLE_MAX_CELL_CHARS = 100_000;

type Cell = XLSX.CellObject;

function oracleEvents(bytes: Buffer, tab: string | undefined): TableEvent[] {
  const chosen = tab ?? XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames[0];
  const book = XLSX.read(bytes, { type: 'buffer', dense: true, sheets: chosen, cellFormula: false, cellHTML: false, cellText: true, cellNF: true });
  const data = (book.Sheets[chosen]?.['!data'] ?? []) as ((Cell | undefined)[] | undefined)[];
  const texts = (r: number) => Array.from(data[r] ?? [], cellText);
  const events: TableEvent[] = [];
  let headerAt = 0;
  let header: string[] = [];
  for (; headerAt < data.length; headerAt++) {
    header = texts(headerAt).map((h) => h.trim());
    if (header.some((h) => h !== '')) break;
  }
  if (headerAt === data.length) return events;
  events.push({ kind: 'header', header });
  for (let r = headerAt + 1; r < data.length; r++) {
    const row = r - headerAt;
    const cells = texts(r);
    if (cells.every((c) => c.trim() === '')) continue;
    const tooLong = cells.findIndex((c) => c.length > ORACLE_MAX_CELL_CHARS);
    if (tooLong >= 0) events.push({ kind: 'unreadable', row, message: `column ${JSON.stringify(header[tooLong] ?? `#${tooLong + 1}`)}: cell of ${cells[tooLong].length} characters is more than the limit of ${ORACLE_MAX_CELL_CHARS}` });
    else events.push({ kind: 'row', row, cells });
  }
  return events;
}

function cellText(cell: Cell | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'n':
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) return excelDate(cell.v as number);
      // Past the 15 digits a number cell keeps, as Excel shows it: rounded, in scientific notation.
      if (Math.abs(cell.v as number) >= 1e15) return (cell.v as number).toExponential(14).toUpperCase();
      return Number.isInteger(cell.v) ? BigInt(cell.v as number).toString() : String(cell.v);
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10);
    default:
      return cell.w ?? String(cell.v);
  }
}

function excelDate(serial: number): string {
  const d = XLSX.SSF.parse_date_code(serial);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
  return d.H || d.M || d.S ? `${date}T${pad(d.H)}:${pad(d.M)}:${pad(Math.floor(d.S))}Z` : date;
}

// ---------------------------------------------------------------------------------------------

async function collect<T>(events: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const e of events) out.push(e);
  return out;
}

/**
 * The readers may differ in a row's trailing empty cells: SheetJS's row array ends at the row's
 * last cell, a streaming reader may stop there too or pad to the header's width. Both are the
 * same row to everything downstream, so trailing '' cells are stripped on both sides (header too).
 */
function normalise(events: TableEvent[]): TableEvent[] {
  const trim = (cells: string[]) => {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === '') end--;
    return cells.slice(0, end);
  };
  return events.map((e) => (e.kind === 'header' ? { ...e, header: trim(e.header) } : e.kind === 'row' ? { ...e, cells: trim(e.cells) } : e));
}

async function expectParity(bytes: Buffer, tab: string | undefined) {
  const oracle = oracleEvents(bytes, tab);
  expect(oracle.length, 'the oracle read something').toBeGreaterThan(1);
  const book = await readWorkbook(bytes, 'book.xlsx', tab);
  expect(normalise(await collect(book.events))).toEqual(normalise(oracle));
  return { book, oracle };
}

const excelLike = excelBook([EXCEL_CANDIDATES_SHEET], EXCEL_SHARED_STRINGS);
const excelTwoTabs = excelBook([EXCEL_CANDIDATES_SHEET, EXCEL_SECOND_SHEET], EXCEL_SHARED_STRINGS, { reversedParts: true });
const twoTabs = (sst: boolean) =>
  sheetjsBook(
    [
      { name: 'First', rows: [['Name', 'Phone'], ['Ann Lee', 15125550147], ['Bo Chen', '000123']] },
      { name: 'Second', origin: 'C3', rows: [['Name', null, 'When'], ['Cy Diaz', 3.14159, { t: 'n', v: 45000.5, z: 'yyyy-mm-dd hh:mm:ss' }], [], ['Di Eve', -1, true]] },
    ],
    sst,
  );

describe('xlsx reader parity with the SheetJS reader', () => {
  const cases: [string, () => Buffer, string | undefined][] = [];
  for (const sst of [false, true]) {
    const kind = sst ? 'shared strings' : 'inline strings';
    cases.push(
      [`SheetJS book, ${kind}: every kind of value, blank rows above the header and between rows`, () => sheetjsBook([{ name: 'Mixed', rows: MIXED_ROWS }], sst), undefined],
      [`SheetJS book, ${kind}: the same tab named`, () => sheetjsBook([{ name: 'Mixed', rows: MIXED_ROWS }], sst), 'Mixed'],
      [`SheetJS book, ${kind}: data from C3`, () => sheetjsBook([{ name: 'Offset', origin: 'C3', rows: MIXED_ROWS.slice(2) }], sst), undefined],
      [`SheetJS book, ${kind}: two tabs, none chosen`, () => twoTabs(sst), undefined],
      [`SheetJS book, ${kind}: two tabs, the second chosen`, () => twoTabs(sst), 'Second'],
    );
  }
  cases.push(
    ['SheetJS book, stored (uncompressed) members', () => sheetjsBook([{ name: 'Mixed', rows: MIXED_ROWS }], true, false), undefined],
    ['Excel-like book: shared, inline and formula strings, styles, rows and cells without r', () => excelLike, undefined],
    ['Excel-like book: two tabs whose parts are numbered the other way, the first read', () => excelTwoTabs, undefined],
    ['Excel-like book: two tabs, "R&D" chosen (data from C3)', () => excelTwoTabs, 'R&D'],
  );

  it.each(cases)('%s', async (_name, bytes, tab) => {
    await expectParity(bytes(), tab);
  });

  // The one place the readers part: SheetJS decodes a formula's text result (t="str") twice, so a
  // cell showing `a &amp; b` read as `a & b`. This reader decodes it once, as Excel shows it.
  it('reads formula text results as Excel shows them, decoded once (SheetJS decoded them twice)', async () => {
    const book = await readWorkbook(excelBook([EXCEL_STR_QUIRKS_SHEET], EXCEL_SHARED_STRINGS), 'book.xlsx', undefined);
    const rows = (await collect(book.events)).filter((e) => e.kind === 'row');
    expect(rows).toEqual([
      { kind: 'row', row: 1, cells: ['a &amp; b', '_x0041_', '&lt;tag&gt;'] },
      { kind: 'row', row: 2, cells: ['x\ny', '', 'plain'] },
    ]);
  });

  it('reads a 3,000-row book with shared strings, every row', async () => {
    const bytes = sheetjsBook([{ name: 'Big', rows: largeRows(3000) }], true);
    const { oracle } = await expectParity(bytes, undefined);
    expect(oracle.filter((e) => e.kind === 'row')).toHaveLength(3000);
    expect(oracle.at(-1)).toMatchObject({ kind: 'row', row: 3006 });
  });
});

describe('xlsx reader: labels, warnings and tabs', () => {
  it('names the tab and warns when a multi-tab book is read without choosing one', async () => {
    const book = await readWorkbook(twoTabs(true), 'book.xlsx', undefined);
    expect(book.label).toBe('book.xlsx[First]');
    expect(book.warnings).toEqual(['book.xlsx: workbook has 2 tabs (First, Second); read "First" (choose another with --sheet)']);
  });

  it('names the chosen tab without a warning', async () => {
    const book = await readWorkbook(twoTabs(true), 'book.xlsx', 'Second');
    expect(book.label).toBe('book.xlsx[Second]');
    expect(book.warnings).toEqual([]);
    const excel = await readWorkbook(excelTwoTabs, 'book.xlsx', 'R&D');
    expect(excel.label).toBe('book.xlsx[R&D]');
    expect(excel.warnings).toEqual([]);
  });

  it('keeps a one-tab book plain unless its tab is named', async () => {
    const plain = await readWorkbook(excelLike, 'book.xlsx', undefined);
    expect(plain.label).toBe('book.xlsx');
    expect(plain.warnings).toEqual([]);
    const named = await readWorkbook(excelLike, 'book.xlsx', 'Candidates');
    expect(named.label).toBe('book.xlsx[Candidates]');
    expect(named.warnings).toEqual([]);
  });

  it('refuses a tab the book does not have, naming the tabs it has', async () => {
    await expect(readWorkbook(twoTabs(false), 'book.xlsx', 'Nope')).rejects.toThrow(/no tab named "Nope" \(tabs: First, Second\)/);
    await expect(readWorkbook(excelTwoTabs, 'book.xlsx', 'Nope')).rejects.toThrow(/no tab named "Nope" \(tabs: Candidates, R&D\)/);
  });
});

// What SheetJS makes of Excel's constructs, pinned so that a change in the oracle itself is seen.
describe('the oracle on the Excel-like book', () => {
  it('reads what SheetJS reads', () => {
    expect(normalise(oracleEvents(excelLike, undefined))).toEqual([
      { kind: 'header', header: ['Name', 'Note', 'Inline', 'Formula', 'Flag', 'Error', 'General', 'Builtin date', 'Custom date', 'Text format', 'Implied', 'Spaced header'] },
      { kind: 'row', row: 1, cells: ['Ann Lee', ' padded ', 'inline', 'joined', 'true', '#N/A', '15125550147', '2023-03-15', '2023-03-15T06:00:00Z', 'trailing space ', 'Bold rest', '0.1'] },
      { kind: 'row', row: 4, cells: ['Bo Chen', '漢字', 'line1\nline2', '', 'false', '#DIV/0!', '-3.5', '2023-03-15T12:00:00Z', '1900-01-01', '123', '&<>"\'é'] },
      { kind: 'row', row: 5, cells: ['Cy Diaz', 'Tab\tbed', '1234567890123', '', '', '', '0.001', '', '2023-01-01'] },
      { kind: 'row', row: 7, cells: ['', 'rich inline', '', '', '', '', '0', '', '', '', '', '0.2'] },
      { kind: 'row', row: 8, cells: ['<last>', '漢字', 'cr\ronly', '_x0041_ literal', '\n  leading newline', '', '1.23456789012346E+19', '9999-12-31', '1900-02-29', '007'] },
    ]);
  });

  it('reads formula results unescaped twice', () => {
    expect(oracleEvents(excelBook([EXCEL_STR_QUIRKS_SHEET], EXCEL_SHARED_STRINGS), undefined)).toEqual([
      { kind: 'header', header: ['Name', 'Note', 'Other'] },
      { kind: 'row', row: 1, cells: ['a & b', 'A', '<tag>'] },
      { kind: 'row', row: 2, cells: ['x\ny', '', 'plain'] },
    ]);
  });
});

describe('the shared string table (UTF-8 bytes in blocks of a megabyte)', () => {
  it('gives back every entry: empty ones, non-ASCII, one larger than a block, across blocks', () => {
    const entries = ['', 'a', 'é 中文 😀', '', 'x'.repeat(3 << 20), 'after the big one', ...Array.from({ length: 20_000 }, (_, i) => `entry ${i} ${'y'.repeat(i % 200)}`), ''];
    const table = new StringTable();
    for (const e of entries) table.add(e);
    table.finish();
    expect(entries.map((_, i) => table.get(i))).toEqual(entries);
    expect(table.get(entries.length)).toBeUndefined();
    expect(table.get(-1)).toBeUndefined();
  });

  it('a table of empty entries only', () => {
    const table = new StringTable();
    table.add('');
    table.add('');
    table.finish();
    expect([table.get(0), table.get(1)]).toEqual(['', '']);
  });
});
