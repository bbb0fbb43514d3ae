// The parts of an XLSX workbook, read as XML streams (htmlparser2) straight out of the zip: the
// tab list, the shared strings, the cell styles' number formats, and one worksheet a row at a
// time. SheetJS, which read workbooks before, parsed a whole tab into cell objects first (a
// 100,000-row tab held about 570 MB before a row was checked); here a row's cells are let go as
// soon as the row is given on.
//
// What a cell holds follows SheetJS's reading of ECMA-376 (the reader it replaces), so that a
// workbook reads the same: `_xHHHH_` escapes and CRLF in strings, a shared string's phonetic runs
// left out, a cell with no value skipped, a missing cell reference meaning the next column.

import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Parser } from 'htmlparser2';
import { memberStream, type ZipMember, type ZipSource } from './zip.js';

/** A worksheet cell as written: its type (`t`), style index (`s`) and value text, before any formatting. */
export interface RawCell {
  type: string | undefined;
  style: number;
  /** The `<v>` text, or an inline string's text; undefined when the cell has none. */
  value: string | undefined;
}

/** One `<row>`: its index (0 for the sheet's first row) and each cell's text by column (holes are ''). */
export interface SheetRow {
  index: number;
  cells: string[];
}

export interface Tab {
  name: string;
  /** The zip member holding the worksheet. */
  part: string;
}

/** A workbook's parts by name: finds members and reads them as text. */
export class WorkbookParts {
  private readonly byName = new Map<string, ZipMember>();

  constructor(
    private readonly zip: ZipSource,
    members: ZipMember[],
  ) {
    // Part names are case-insensitive in OPC (ECMA-376 part 2), and writers disagree on case.
    for (const m of members) this.byName.set(m.name.toLowerCase(), m);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The part's XML as it inflates, handed to `handler`; yields after each piece so the caller can take what it made. */
  async *read(name: string, handler: XmlHandler): AsyncGenerator<void> {
    const member = this.byName.get(name.toLowerCase());
    if (!member) throw new Error(`no part ${name}`);
    const parser = new Parser(
      {
        onopentag: (tag, attributes) => handler.open?.(localName(tag), attributes),
        ontext: (text) => handler.text?.(text),
        onclosetag: (tag) => handler.close?.(localName(tag)),
      },
      { xmlMode: true },
    );
    for await (const piece of textOf(this.zip, member)) {
      parser.write(piece);
      yield;
    }
    parser.end();
    yield;
  }

  /** Reads a whole part through the handler, which keeps what it needs of it. */
  async readAll(name: string, handler: XmlHandler): Promise<void> {
    for await (const _ of this.read(name, handler));
  }
}

export interface XmlHandler {
  open?(tag: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(tag: string): void;
}

/** `x:row` and `row` are one element: some writers prefix the SpreadsheetML namespace. */
function localName(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1);
}

/** The member's text, a piece at a time: a 100 MB worksheet is never held whole. */
async function* textOf(zip: ZipSource, member: ZipMember): AsyncGenerator<string> {
  const stream = await memberStream(zip, member);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (text) yield text;
    }
  } finally {
    stream.destroy();
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The workbook's tabs in order, each with its worksheet part, and where its shared strings and styles are. */
export async function workbookLayout(parts: WorkbookParts): Promise<{ tabs: Tab[]; sharedStrings?: string; styles?: string }> {
  const book = (await relationships(parts, '_rels/.rels', '')).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!parts.has(book)) throw new Error('no workbook part');
  const rels = await relationships(parts, path.posix.join(path.posix.dirname(book), '_rels', `${path.posix.basename(book)}.rels`), book);
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  const tabs: Tab[] = [];
  await parts.readAll(book, {
    open(tag, attributes) {
      if (tag !== 'sheet') return;
      // The relationship id is `r:id`, whatever prefix the writer gave the relationships namespace.
      const id = Object.entries(attributes).find(([name]) => name.endsWith(':id'))?.[1];
      const part = id === undefined ? undefined : byId.get(id);
      if (attributes.name !== undefined && part !== undefined) tabs.push({ name: attributes.name, part });
    },
  });
  const of = (type: string) => rels.find((r) => r.type.endsWith(type))?.target;
  return { tabs, sharedStrings: of('/sharedStrings'), styles: of('/styles') };
}

interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the source part's folder. */
  target: string;
}

async function relationships(parts: WorkbookParts, name: string, source: string): Promise<Relationship[]> {
  if (!parts.has(name)) return [];
  const found: Relationship[] = [];
  await parts.readAll(name, {
    open(tag, { Id, Type, Target, TargetMode }) {
      if (tag !== 'Relationship' || !Id || !Target || TargetMode === 'External') return;
      const target = Target.startsWith('/') ? Target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(source), Target));
      found.push({ id: Id, type: Type ?? '', target });
    },
  });
  return found;
}

/** Shared strings are stored in blocks of about this size: no block is ever copied to grow. */
const BLOCK_BYTES = 1 << 20;

/**
 * A shared string table, held as UTF-8 bytes with each entry's end: Excel puts every text cell
 * there, so for a sheet of unique text it is the sheet's text. As JavaScript strings 700,000
 * entries took 93 MB for 58 MB of text; as bytes, 61 MB. An entry is decoded when a cell asks for
 * it, a string of its own. Blocks of a megabyte, not one buffer doubled as it fills: doubling
 * held a copy and up to half again as much (100,000 rows: 539 MB peak against 577 MB).
 *
 * Letting blocks go once the rows using them were read (found by one more pass over the tab)
 * was tried: the blocks went, but the run's peak did not fall, and the pass cost 2.5 s.
 */
export class StringTable {
  private readonly blocks: Buffer[] = [];
  private current = Buffer.alloc(0);
  private used = 0;
  /** Per entry: its block, and where it ends in it (it starts where the entry before it ends, or at 0). */
  private blockOf: Int32Array = new Int32Array(1 << 10);
  private ends: Int32Array = new Int32Array(1 << 10);
  private count = 0;

  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.used + length > this.current.length) {
      this.seal();
      this.current = Buffer.alloc(Math.max(BLOCK_BYTES, length));
    }
    this.used += this.current.write(text, this.used);
    if (this.count === this.ends.length) [this.blockOf, this.ends] = [grown(this.blockOf), grown(this.ends)];
    this.blockOf[this.count] = this.blocks.length;
    this.ends[this.count++] = this.used;
  }

  /** Called once every entry is added. */
  finish(): void {
    this.seal();
    this.current = Buffer.alloc(0);
  }

  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = index > 0 && this.blockOf[index - 1] === this.blockOf[index] ? this.ends[index - 1] : 0;
    return this.blocks[this.blockOf[index]].toString('utf8', start, this.ends[index]);
  }

  /** The block being filled joins the others, if any entry is in it (empty entries too). */
  private seal(): void {
    if (this.count > 0 && this.blockOf[this.count - 1] === this.blocks.length) this.blocks.push(this.current.subarray(0, this.used));
    this.used = 0;
  }
}

function grown(values: Int32Array): Int32Array {
  const next = new Int32Array(values.length * 2);
  next.set(values);
  return next;
}

/** The shared string table, each entry's text as SheetJS gives it: its runs' text, phonetic runs left out. */
export async function sharedStrings(parts: WorkbookParts, name: string | undefined): Promise<StringTable> {
  const strings = new StringTable();
  if (name === undefined || !parts.has(name)) return strings;
  const rich = new RichText();
  await parts.readAll(name, {
    open(tag) {
      if (tag === 'si') rich.start();
      else rich.open(tag);
    },
    text: (text) => rich.add(text),
    close(tag) {
      if (tag !== 'si') rich.close(tag);
      else {
        const entry = rich.take();
        if (entry !== undefined) strings.add(spreadsheetText(entry));
      }
    },
  });
  strings.finish();
  return strings;
}

/**
 * The text of a rich string (CT_Rst: a shared string's `<si>`, a cell's inline `<is>`): its runs'
 * `<t>` one after the other, phonetic runs (`<rPh>`, a reading guide) left out, as SheetJS read it.
 */
class RichText {
  /** Undefined outside a string. */
  private text: string | undefined;
  private inText = false;
  private phonetic = 0;

  start(): void {
    this.text = '';
  }

  open(tag: string): void {
    if (tag === 't') this.inText = this.text !== undefined && this.phonetic === 0;
    else if (tag === 'rPh') this.phonetic++;
  }

  add(text: string): void {
    if (this.inText) this.text += text;
  }

  close(tag: string): void {
    if (tag === 't') this.inText = false;
    else if (tag === 'rPh') this.phonetic--;
  }

  /** The string's text, or undefined when none was started; either way the next one starts afresh. */
  take(): string | undefined {
    const text = this.text;
    this.text = undefined;
    return text;
  }
}

/** Number format ids of the cell styles (`cellXfs`, in order), and the workbook's own format codes by id. */
export async function numberFormats(parts: WorkbookParts, name: string | undefined): Promise<{ styles: number[]; codes: Map<number, string> }> {
  const styles: number[] = [];
  const codes = new Map<number, string>();
  if (name === undefined || !parts.has(name)) return { styles, codes };
  let inCellStyles = false;
  await parts.readAll(name, {
    open(tag, attributes) {
      if (tag === 'numFmt' && attributes.formatCode !== undefined) codes.set(Number(attributes.numFmtId), attributes.formatCode);
      else if (tag === 'cellXfs') inCellStyles = true;
      else if (tag === 'xf' && inCellStyles) styles.push(Number(attributes.numFmtId ?? 0) || 0);
    },
    close(tag) {
      if (tag === 'cellXfs') inCellStyles = false;
    },
  });
  return { styles, codes };
}

/**
 * The rows of a worksheet in document order, each as soon as its `</row>` is read. `textOf`
 * turns a cell into text; undefined leaves the cell out (SheetJS skips a cell with no value).
 */
export async function* worksheetRows(parts: WorkbookParts, name: string, strings: StringTable, textOf: (cell: RawCell) => string | undefined): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let row = -1;
  let column = -1;
  let cells: (string | undefined)[] | undefined;
  let cell: { type: string | undefined; style: number } | undefined;
  let value = '';
  let inValue = false;
  const inline = new RichText();
  const handler: XmlHandler = {
    open(tag, attributes) {
      switch (tag) {
        case 'row':
          // A row without `r` is the one after the last; so is a cell without `r` in its row.
          row = attributes.r ? Number(attributes.r) - 1 : row + 1;
          column = -1;
          cells = [];
          break;
        case 'c':
          column = columnOf(attributes.r) ?? column + 1;
          cell = { type: attributes.t, style: Number(attributes.s ?? 0) || 0 };
          value = '';
          inline.take();
          break;
        case 'v':
          inValue = cell !== undefined;
          break;
        case 'is':
          if (cell) inline.start();
          break;
        default:
          inline.open(tag);
      }
    },
    text(text) {
      if (inValue) value += text;
      else inline.add(text);
    },
    close(tag) {
      switch (tag) {
        case 'v':
          inValue = false;
          break;
        case 'c':
          if (cell && cells && column >= 0) cells[column] = textOf(rawCell(cell, value, inline.take(), strings));
          cell = undefined;
          break;
        case 'row':
          if (cells) ready.push({ index: row, cells: Array.from(cells, (c) => c ?? '') });
          cells = undefined;
          break;
        default:
          inline.close(tag);
      }
    },
  };
  for await (const _ of parts.read(name, handler)) {
    yield* ready;
    ready.length = 0;
  }
}

/**
 * The cell's value before formatting: a shared string looked up, an inline or formula string
 * unescaped. Text that may be kept as the cell's own is detached from the XML it was cut from
 * (a shared string is decoded anew); a number's text is made anew when it is formatted.
 */
function rawCell(cell: { type: string | undefined; style: number }, value: string, inline: string | undefined, strings: StringTable): RawCell {
  // An empty `<v></v>` is no value, as in SheetJS.
  const v = value === '' ? undefined : value;
  switch (cell.type) {
    case 's':
      return { ...cell, value: v === undefined ? undefined : (strings.get(parseInt(v, 10)) ?? '') };
    case 'str':
      return { ...cell, value: detached(spreadsheetText(v ?? '')) };
    case 'inlineStr':
      return { ...cell, value: detached(spreadsheetText(inline ?? '')) };
    case 'e':
      return { ...cell, value: detached(v) };
    default:
      return { ...cell, value: v };
  }
}

/**
 * The text as a string of its own. V8 makes a substring of 13 or more characters a view on the
 * string it was cut from: a cell kept for the whole run (a resume in its dossier) would keep the
 * 64 KB piece of XML it came from, and a 100,000-row sheet all of its XML. Appending a
 * character makes V8 copy the text into a new string, whose view without that character holds
 * only the copy.
 */
function detached<T extends string | undefined>(text: T): T {
  return text === undefined || text.length < 13 ? text : (`${text} `.slice(0, -1) as T);
}

/** `B12` -> 1; undefined when the reference does not start with a column letter. */
function columnOf(reference: string | undefined): number | undefined {
  if (!reference) return undefined;
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const letter = reference.charCodeAt(i) - 64;
    if (letter < 1 || letter > 26) break;
    column = column * 26 + letter;
  }
  return i === 0 ? undefined : column - 1;
}

/**
 * A SpreadsheetML string as a person reads it: `_xHHHH_` stands for a character XML cannot carry
 * (`_x000D_` a carriage return), and CRLF is one line break (ECMA-376 22.4.2.4).
 */
function spreadsheetText(text: string): string {
  if (!text.includes('_x') && !text.includes('_X') && !text.includes('\r')) return text;
  return text.replace(/_x([\da-f]{4})_/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16))).replace(/\r\n/g, '\n');
}
