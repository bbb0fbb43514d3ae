// `--format xlsx --output out.xlsx`: the input sheet back as a workbook, results in added columns.
//
// Written as it is made: each row becomes worksheet XML, which is deflated a megabyte at a time
// into the zip. SheetJS built the whole workbook first, and 100,000 rows peaked at about 1 GB.
// What is written is the least a spreadsheet needs (ECMA-376: content types, relationships, a
// workbook of one tab "vet", a default style, the worksheet with inline strings), in a zip whose
// sizes follow each member's data (a data descriptor) since they are known only at its end.

import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Reporter, RunReport } from '../types.js';
import { sheetRows, type TableCell } from './sheet-table.js';
import { CENTRAL_SIGNATURE, EOCD_SIGNATURE, LOCAL_SIGNATURE } from '../dossier/sheets/zip.js';

export const xlsx: Reporter = (report) => new Uint8Array(Buffer.concat([...xlsxPieces(report)]));

/** The workbook's bytes, a piece at a time. */
export function* xlsxPieces(report: RunReport): Generator<Buffer> {
  const zip = new ZipWriter();
  for (const [name, xml] of FIXED_PARTS) yield* zip.member(name, [xml]);
  yield* zip.member('xl/worksheets/sheet1.xml', worksheetXml(report));
  yield zip.end();
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const FIXED_PARTS: [string, string][] = [
  [
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  ],
  ['_rels/.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="vet" sheetId="1" r:id="rId1"/></sheets></workbook>`],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  ],
  [
    'xl/styles.xml',
    `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  ],
];

function* worksheetXml(report: RunReport): Generator<string> {
  yield `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
  let r = 0;
  for (const cells of sheetRows(report)) yield rowXml(++r, cells);
  yield '</sheetData></worksheet>';
}

function rowXml(r: number, cells: TableCell[]): string {
  let xml = `<row r="${r}">`;
  cells.forEach((cell, c) => {
    const ref = `${columnName(c)}${r}`;
    if (typeof cell === 'number') xml += `<c r="${ref}"><v>${cell}</v></c>`;
    else if (cell !== '') xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${cellText(cell)}</t></is></c>`;
  });
  return `${xml}</row>`;
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Text as SpreadsheetML carries it: XML's three specials escaped, and a character XML cannot hold
 * (control characters, a carriage return that XML would turn into a line feed) as `_xHHHH_`, so a
 * literal `_xHHHH_` in the text has its underscore escaped (ECMA-376 22.4.2.4).
 */
function cellText(text: string): string {
  return text
    .replace(/_(?=x[\da-fA-F]{4}_)/g, '_x005F_')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Text is deflated in pieces of about this many bytes; each piece ends on a flush, so the pieces join into one stream. */
const PIECE_BYTES = 1 << 20;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** A zip written front to back: each member deflated as its text comes, its sizes after its data. */
class ZipWriter {
  private readonly written: Written[] = [];
  private offset = 0;

  *member(name: string, texts: Iterable<string>): Generator<Buffer> {
    const entry: Written = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.offset };
    yield this.take(localHeader(entry));
    let pending: string[] = [];
    let length = 0;
    const deflate = (final: boolean) => {
      const data = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      length = 0;
      entry.crc = crc32(data, entry.crc);
      entry.size += data.length;
      const packed = deflateRawSync(data, { finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
      entry.compressed += packed.length;
      return this.take(packed);
    };
    for (const text of texts) {
      pending.push(text);
      length += text.length;
      if (length >= PIECE_BYTES) yield deflate(false);
    }
    yield deflate(true);
    yield this.take(dataDescriptor(entry));
    this.written.push(entry);
  }

  end(): Buffer {
    const start = this.offset;
    const directory = Buffer.concat(this.written.map(centralEntry));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIGNATURE, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    return this.take(Buffer.concat([directory, end]));
  }

  private take(bytes: Buffer): Buffer {
    this.offset += bytes.length;
    return bytes;
  }
}

/** Version 2.0, flags: sizes in a data descriptor (bit 3) and a UTF-8 name (bit 11), deflated. */
const VERSION = 20;
const FLAGS = 0x0008 | 0x0800;
const DEFLATED = 8;
/** A member's CRC and sizes after its data (the reader takes them from the central directory). */
const DESCRIPTOR_SIGNATURE = 0x08074b50;
/** MS-DOS date 1980-01-01, the earliest there is: a fixed date keeps the output the same for the same report. */
const DOS_DATE = 0x0021;

function localHeader(entry: Written): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(DEFLATED, 8);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt16LE(entry.name.length, 26);
  return Buffer.concat([header, entry.name]);
}

function dataDescriptor(entry: Written): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(DESCRIPTOR_SIGNATURE, 0);
  descriptor.writeUInt32LE(entry.crc, 4);
  descriptor.writeUInt32LE(entry.compressed, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

function centralEntry(entry: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(DEFLATED, 10);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}
