// CSV and TSV: csv-parse, one record per row; a record the parser rejects is one unreadable row.

import type { Table } from './index.js';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';

export async function readDelimited(bytes: Buffer, label: string, delimiter?: string): Promise<Table> {
  const { parse } = await import('csv-parse');
  const text = decode(bytes);
  const limits = sheetColumns().limits;
  const parser = parse({
    delimiter: delimiter ?? sniffDelimiter(text),
    bom: true,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: limits.maxRowChars,
  });
  const table: Table = { label, header: [], rows: [], unreadable: [], warnings: [] };
  let seen = 0; // records so far, header included
  let headerError: string | undefined;
  parser.on('skip', (err: Error & { code?: string }) => {
    seen++;
    if (seen === 1) headerError = describeCsvError(err);
    else table.unreadable.push({ row: seen - 1, message: describeCsvError(err) });
  });
  parser.end(text);
  for await (const record of parser as AsyncIterable<string[]>) {
    seen++;
    if (seen === 1) {
      table.header = record.map((h) => h.trim());
      continue;
    }
    if (record.every((cell) => cell.trim() === '')) continue; // blank line: counted, not a candidate
    const tooLong = record.findIndex((cell) => cell.length > limits.maxCellChars);
    if (tooLong >= 0) {
      table.unreadable.push({ row: seen - 1, message: `column ${JSON.stringify(table.header[tooLong] ?? `#${tooLong + 1}`)}: cell of ${record[tooLong].length} characters is more than the limit of ${limits.maxCellChars}` });
      continue;
    }
    table.rows.push({ row: seen - 1, cells: record });
  }
  if (headerError !== undefined) throw new UserError(`${label}: header row: ${headerError}`);
  return table;
}

/** UTF-8 unless a BOM says UTF-16 (Excel's "Unicode text" export). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/** Excel in many European locales writes `;` in a .csv: take the commonest of , ; tab in the header line. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best.n > 0 ? best.d : ',';
}

function describeCsvError(err: Error & { code?: string }): string {
  // csv-parse messages name the line, which the reader needs to find the broken quote.
  return err.message.replace(/^Invalid Record Length: /, '').replace(/\.$/, '');
}
