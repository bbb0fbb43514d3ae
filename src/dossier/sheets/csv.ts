// CSV and TSV: csv-parse, one record per row; a record the parser rejects is one unreadable row.
// A UTF-8 file is streamed: each record is yielded as it is parsed, so a sheet of 70 MB is
// never held as bytes, text and records all at once.

import type { FileHandle } from 'node:fs/promises';
import { UserError } from '../../errors.js';
import { blankFormulaSigns, formulaSigns } from './formula-text.js';
import { sheetColumns } from '../../data/sheet-columns.js';
import { decode, encodingOf } from './encoding.js';

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

/** Parses an open file, yielding each row as the parser reads it; says in `warnings` how a file not in UTF-8 was read. */
export async function* streamDelimited(handle: FileHandle, label: string, warnings: string[], delimiter?: string): AsyncGenerator<TableEvent> {
  const prefix = await headerPrefix(handle);
  const encoding = await encodingOf(handle, prefix);
  if (encoding === 'windows-1252') warnings.push(`${label}: not UTF-8, read as Windows-1252 (what Excel's "CSV" is on Western Windows); if names look wrong, save the sheet as "CSV UTF-8" and run again`);
  // UTF-16 (Excel's "Unicode text" export), Windows-1252 and sheets whose first line is empty are rare and small: whole text.
  const head = encoding === 'utf-8' ? prefix.toString('utf8') : undefined;
  if (head === undefined || headerLine(head) === undefined) {
    const text = decode(await handle.readFile(), encoding);
    yield* tableEvents(bytesInMemory(Buffer.from(text), delimiter ?? sniffDelimiter(text)), label);
    return;
  }
  yield* tableEvents(bytesOfFile(handle, delimiter ?? sniffDelimiter(head)), label);
}

/** A record the parser skipped, as it reports it. */
type ParseError = Error & { code?: string; records?: number; lines?: number };

/** `onSkip` is listened to before any byte is fed: a parser fed a whole text parses it at once. */
async function delimitedParser(delimiter: string, onSkip: (err: ParseError) => void) {
  const { parse } = await import('csv-parse');
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    // `Ann Lee, "+1 512 555 0147"`: a space before a quoted cell, as people type it (and as
    // formula-text.ts leaves `="..."`). Cells are trimmed when read anyway.
    ltrim: true,
    skip_records_with_error: true,
    max_record_size: sheetColumns().limits.maxRowChars,
    // Where each record ends (bytes, lines): where to read again after a broken quote.
    info: true,
  });
  parser.on('skip', onSkip);
  return parser;
}

type Parser = Awaited<ReturnType<typeof delimitedParser>>;

interface ParsedRecord {
  record: string[];
  info: { bytes: number; lines: number };
}

/** A parser reading the sheet from a byte on, and how to stop it. */
interface Reading {
  parser: Parser;
  stop(): void;
}

/**
 * The sheet's bytes, which can be parsed again from any byte: an unclosed quote makes the parser
 * read every later line into one cell, and the rows after it are read again from the next line.
 */
interface SheetBytes {
  parse(from: number, onSkip: (err: ParseError) => void): Promise<Reading>;
  /** The first byte of the line after the one that holds byte `from`; undefined on the last line. */
  lineAfter(from: number): Promise<number | undefined>;
}

function bytesOfFile(handle: FileHandle, delimiter: string): SheetBytes {
  return {
    async parse(from, onSkip) {
      const parser = await delimitedParser(delimiter, onSkip);
      const source = handle.createReadStream({ start: from, autoClose: false });
      const unwrap = formulaSigns(delimiterByte(delimiter));
      source.on('error', (err) => parser.destroy(err));
      source.pipe(unwrap).pipe(parser);
      // A consumer that stops early (a limit, an error) must not leave the file streaming. Paused,
      // not destroyed: destroying the stream would close the handle, which a next reading needs.
      return { parser, stop: () => (source.unpipe(unwrap), unwrap.unpipe(parser), source.pause(), parser.destroy()) };
    },
    async lineAfter(from) {
      const chunk = Buffer.alloc(PREFIX_BYTES);
      for (let at = from; ; ) {
        const { bytesRead } = await handle.read(chunk, 0, PREFIX_BYTES, at);
        const full = bytesRead === PREFIX_BYTES;
        const end = lineBreakEnd(chunk.subarray(0, bytesRead));
        if (end === undefined) {
          if (!full) return undefined;
          at += bytesRead;
        } else if (full && end === bytesRead && chunk[end - 1] === 0x0d) {
          // A CR that ends a full chunk may be the first half of a CRLF: read again from it.
          at += bytesRead - 1;
        } else {
          return at + end;
        }
      }
    },
  };
}

function bytesInMemory(bytes: Buffer, delimiter: string): SheetBytes {
  return {
    async parse(from, onSkip) {
      const parser = await delimitedParser(delimiter, onSkip);
      const text = Buffer.from(bytes.subarray(from));
      blankFormulaSigns(text, delimiterByte(delimiter), 0x0a);
      parser.end(text);
      return { parser, stop: () => parser.destroy() };
    },
    async lineAfter(from) {
      const end = lineBreakEnd(bytes.subarray(from));
      return end === undefined ? undefined : from + end;
    },
  };
}

function delimiterByte(delimiter: string): number {
  return delimiter.charCodeAt(0);
}

/** The index just past the first line break (LF, CRLF or CR) in `bytes`, or undefined when there is none. */
function lineBreakEnd(bytes: Buffer): number | undefined {
  const lf = bytes.indexOf(0x0a);
  const cr = bytes.indexOf(0x0d);
  if (cr < 0 || (lf >= 0 && lf < cr)) return lf < 0 ? undefined : lf + 1;
  return bytes[cr + 1] === 0x0a ? cr + 2 : cr + 1;
}

/** Where a reading starts: its first byte and line (1-based) in the file, and the sheet row it reads first. */
interface ReadFrom {
  byte: number;
  line: number;
  row: number;
}

/**
 * Every row of the sheet in file order. One parser reads it, unless a quote opened in a row never
 * closes on that row's line: then that row is unreadable and a new parser reads on from the next
 * line, so that one stray quote costs one row, not every row after it.
 */
async function* tableEvents(bytes: SheetBytes, label: string): AsyncGenerator<TableEvent> {
  const sheet = { header: [] as string[] };
  for (let from: ReadFrom | undefined = { byte: 0, line: 1, row: 0 }; from; ) {
    const broken: Broken | undefined = yield* readingEvents(bytes, from, sheet, label);
    from = broken && (await readAgainAfter(bytes, broken));
  }
}

/** Where to read again: the line after the broken row's first line, if there is one. */
async function readAgainAfter(bytes: SheetBytes, broken: Broken): Promise<ReadFrom | undefined> {
  let byte: number | undefined = broken.byte;
  for (let i = 0; i < broken.lineBreaks && byte !== undefined; i++) byte = await bytes.lineAfter(byte);
  return byte === undefined ? undefined : { byte, line: broken.line + 1, row: broken.row };
}

/**
 * A row whose quote ran over the lines after it: from `byte` (where the last good record before
 * it ended), `lineBreaks` breaks lead past its first line, which is `line`; `row` comes next.
 */
interface Broken extends ReadFrom {
  lineBreaks: number;
}

/** A record the parser skipped: `good` records (header included) came before it. */
interface Skip {
  good: number;
  lines: number;
  message: string;
}

/** One parser's rows, from `from` on; the broken row, when one ends the reading. */
async function* readingEvents(bytes: SheetBytes, from: ReadFrom, sheet: { header: string[] }, label: string): AsyncGenerator<TableEvent, Broken | undefined> {
  // The parser numbers lines from where it starts reading.
  const inFile = (message: string) => message.replace(/\bline (\d+)/g, (_, line: string) => `line ${Number(line) + from.line - 1}`);
  const skips: Skip[] = [];
  const reading = await bytes.parse(from.byte, (err) => {
    const good = err.records ?? 0;
    const last = skips.at(-1);
    // The parser may report two errors of one record: one row, one message.
    if (last && last.good === good && last.lines === err.lines) return;
    skips.push({ good, lines: err.lines ?? -1, message: inFile(describeCsvError(err)) });
  });
  try {
    return yield* recordEvents(reading.parser, from, sheet, label, skips);
  } finally {
    reading.stop();
  }
}

/**
 * The parser's records in file order. It reports a skipped record when it meets it, ahead of the
 * good records it has queued: each skip is held until the good records before it are out. A
 * record's row is the number of records (good and skipped) before it; the header is row 0.
 * A skipped record that ran over the lines after its first ends the reading, and is returned.
 */
async function* recordEvents(parser: Parser, from: ReadFrom, sheet: { header: string[] }, label: string, skips: Skip[]): AsyncGenerator<TableEvent, Broken | undefined> {
  const limits = sheetColumns().limits;
  let good = 0;
  let skipped = 0;
  // Where the last good record ended (this reading's bytes and lines), and the last line of any record.
  let end = { bytes: 0, lines: 0 };
  let lastLine = 0;
  const skipsBefore = function* (next: number): Generator<TableEvent, Broken | undefined> {
    while (skips.length > 0 && skips[0].good < next) {
      const { message, lines } = skips.shift()!;
      const row = from.row + good + skipped++;
      if (row === 0) throw new UserError(`${label}: header row: ${message}`);
      const firstLine = lastLine + 1;
      if (lines <= firstLine) {
        lastLine = lines;
        yield { kind: 'unreadable', row, message };
        continue;
      }
      const line = from.line + firstLine - 1;
      yield { kind: 'unreadable', row, message: `${message}; the quoted cell opens on line ${line}, and the lines after it are read as rows of their own` };
      return { byte: from.byte + end.bytes, lineBreaks: firstLine - end.lines, line, row: row + 1 };
    }
    return undefined;
  };
  for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
    const broken = yield* skipsBefore(good + 1);
    if (broken) return broken;
    const row = from.row + good + skipped;
    good++;
    end = { bytes: info.bytes, lines: info.lines };
    lastLine = info.lines;
    if (row === 0) {
      sheet.header = record.map((h) => h.trim());
      yield { kind: 'header', header: sheet.header };
      continue;
    }
    if (record.every((cell) => cell.trim() === '')) continue; // blank line: counted, not a candidate
    yield rowEvent(row, record, sheet.header, limits.maxCellChars);
  }
  return yield* skipsBefore(Infinity);
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

/** The first line, as the delimiter sniffer reads it; undefined when that needs the whole text (no line break, or an empty first line). */
function headerLine(prefix: string): string | undefined {
  const end = prefix.search(/\r?\n/);
  return end > 0 ? prefix.slice(0, end) : undefined;
}

/** Lines looked at for the delimiter: the header may come after a title (./index.ts). */
const SNIFFED_LINES = 8;

/**
 * Excel in many European locales writes `;` in a .csv: take the commonest of , ; tab in the header
 * line, the first line that holds any of them (a title above the header holds none).
 */
function sniffDelimiter(text: string): string {
  // `sep=;`: the line a sheet writes for Excel to say its delimiter.
  const stated = SEPARATOR_LINE.exec(text)?.[1];
  if (stated === ',' || stated === ';' || stated === '\t') return stated;
  for (const line of text.split(/\r?\n/, SNIFFED_LINES)) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
    const best = counts.sort((a, b) => b.n - a.n)[0];
    if (best.n > 0) return best.d;
  }
  return ',';
}

const SEPARATOR_LINE = /^\ufeff?sep=(.)\r?\n/i;

function describeCsvError(err: ParseError): string {
  // csv-parse messages name the line, which the reader needs to find the broken quote.
  return err.message.replace(/^Invalid Record Length: /, '').replace(/\.$/, '');
}
