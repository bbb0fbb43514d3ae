// CSV and TSV: csv-parse, one record per row; a record the parser rejects is one unreadable row.
// A UTF-8 file is streamed: each record is yielded as it is parsed, so a sheet of 70 MB is
// never held as bytes, text and records all at once.

import type { FileHandle } from 'node:fs/promises';
import { UserError } from '../../errors.js';
import { sheetColumns } from '../../data/sheet-columns.js';

/** Enough bytes to hold the header line of any sensible sheet (it is read again by the parser). */
const PREFIX_BYTES = 1 << 16;

/** What a sheet holds, in row order: the header (row 0), then each row read or not (the xlsx reader gives the same). */
export type TableEvent =
  | { kind: 'header'; header: string[] }
  | { kind: 'row'; row: number; cells: string[] }
  | { kind: 'unreadable'; row: number; message: string };

/** A row to read, or unreadable when a cell is past the limit (the xlsx reader says it the same way). */
export function rowEvent(row: number, cells: string[], header: string[], maxCellChars: number): TableEvent {
  const tooLong = cells.findIndex((cell) => cell.length > maxCellChars);
  if (tooLong < 0) return { kind: 'row', row, cells };
  const column = JSON.stringify(header[tooLong] ?? `#${tooLong + 1}`);
  return { kind: 'unreadable', row, message: `column ${column}: cell of ${cells[tooLong].length} characters is more than the limit of ${maxCellChars}` };
}

/** Parses an open file, yielding each row as the parser reads it. */
export async function* streamDelimited(handle: FileHandle, label: string, delimiter?: string): AsyncGenerator<TableEvent> {
  const prefix = await headerPrefix(handle);
  // UTF-16 (Excel's "Unicode text" export) and sheets whose first line is empty are rare and small: whole text.
  const head = isUtf16(prefix) ? undefined : prefix.toString('utf8');
  if (head === undefined || headerLine(head) === undefined) {
    const text = decode(await handle.readFile());
    const parser = await delimitedParser(delimiter ?? sniffDelimiter(text));
    parser.end(text);
    yield* tableEvents(parser, label);
    return;
  }
  const parser = await delimitedParser(delimiter ?? sniffDelimiter(head));
  const source = handle.createReadStream({ start: 0, autoClose: false });
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  try {
    yield* tableEvents(parser, label);
  } finally {
    // A consumer that stops early (a limit, an error) must not leave the file streaming.
    source.unpipe(parser);
    source.destroy();
    parser.destroy();
  }
}

async function delimitedParser(delimiter: string) {
  const { parse } = await import('csv-parse');
  return parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: sheetColumns().limits.maxRowChars,
  });
}

type Parser = Awaited<ReturnType<typeof delimitedParser>>;

/** A record the parser skipped: `good` records (header included) came before it. */
interface Skip {
  good: number;
  lines: number;
  message: string;
}

/**
 * Records in file order. The parser reports a skipped record when it meets it, ahead of the
 * good records it has queued: each skip is held until the good records before it are out.
 * A record's row is the number of records (good and skipped) before it; the header is row 0.
 */
async function* tableEvents(parser: Parser, label: string): AsyncGenerator<TableEvent> {
  const limits = sheetColumns().limits;
  const skips: Skip[] = [];
  let skipsOut = 0;
  parser.on('skip', (err: Error & { code?: string; records?: number; lines?: number }) => {
    const good = err.records ?? 0;
    const last = skips.at(-1);
    // The parser may report two errors of one record: one row, one message.
    if (last && last.good === good && last.lines === err.lines) return;
    skips.push({ good, lines: err.lines ?? -1, message: describeCsvError(err) });
  });
  const skipsBefore = function* (good: number): Generator<TableEvent> {
    while (skips.length > 0 && skips[0].good < good) {
      const { good: before, message } = skips.shift()!;
      const row = before + skipsOut++;
      if (row === 0) throw new UserError(`${label}: header row: ${message}`);
      yield { kind: 'unreadable', row, message };
    }
  };
  let good = 0;
  let header: string[] = [];
  for await (const record of parser as AsyncIterable<string[]>) {
    good++;
    yield* skipsBefore(good);
    const row = good - 1 + skipsOut;
    if (row === 0) {
      header = record.map((h) => h.trim());
      yield { kind: 'header', header };
      continue;
    }
    if (record.every((cell) => cell.trim() === '')) continue; // blank line: counted, not a candidate
    yield rowEvent(row, record, header, limits.maxCellChars);
  }
  yield* skipsBefore(Infinity);
}

/** The file's first bytes, up to and including its first line break (or all of it). */
async function headerPrefix(handle: FileHandle): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const chunk = Buffer.alloc(PREFIX_BYTES);
    const { bytesRead } = await handle.read(chunk, 0, PREFIX_BYTES, length);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    length += bytesRead;
    if (chunk.subarray(0, bytesRead).includes(0x0a)) break;
  }
  return Buffer.concat(chunks, length);
}

function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The first line, as the delimiter sniffer reads it; undefined when that needs the whole text (no line break, or an empty first line). */
function headerLine(prefix: string): string | undefined {
  const end = prefix.search(/\r?\n/);
  return end > 0 ? prefix.slice(0, end) : undefined;
}

/** UTF-8 unless a BOM says UTF-16 (Excel's "Unicode text" export). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/** Lines looked at for the delimiter: the header may come after a title (./index.ts). */
const SNIFFED_LINES = 8;

/**
 * Excel in many European locales writes `;` in a .csv: take the commonest of , ; tab in the header
 * line, the first line that holds any of them (a title above the header holds none).
 */
function sniffDelimiter(text: string): string {
  for (const line of text.split(/\r?\n/, SNIFFED_LINES)) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
    const best = counts.sort((a, b) => b.n - a.n)[0];
    if (best.n > 0) return best.d;
  }
  return ',';
}

function describeCsvError(err: Error & { code?: string }): string {
  // csv-parse messages name the line, which the reader needs to find the broken quote.
  return err.message.replace(/^Invalid Record Length: /, '').replace(/\.$/, '');
}
