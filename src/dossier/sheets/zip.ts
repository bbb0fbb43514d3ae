// A workbook is a zip. Its central directory states each member's uncompressed size, so a
// zip bomb (a few kilobytes that inflate to gigabytes) can be refused before anything inflates.
// Refused too: members that inflate beyond what they declare (a lying directory), checked
// by inflating with a count of the output, which costs one pass over a legitimate workbook.
// The zip is read by ranges (its directory, a member's header, a member's data streamed), so a
// workbook file of 40 MB is never held whole while its rows are checked.

import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { SheetLimits } from '../../data/sheet-columns.js';

/** Record signatures of the zip format (PKWARE APPNOTE 4.3), shared with the workbook writer (src/reporters/xlsx.ts). */
export const EOCD_SIGNATURE = 0x06054b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
/** The directory's end record may be followed by a comment of up to 64 KB. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;
const PIECE_BYTES = 1 << 16;

export interface ZipMember {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/** Where a zip's bytes come from: a file read by ranges, or bytes in memory (tests, small inputs). */
export interface ZipSource {
  size: number;
  read(at: number, length: number): Promise<Buffer>;
  stream(at: number, length: number): Readable;
}

export function bytesSource(bytes: Buffer): ZipSource {
  return {
    size: bytes.length,
    read: async (at, length) => bytes.subarray(at, at + length),
    stream: (at, length) => Readable.from([bytes.subarray(at, at + length)]),
  };
}

/**
 * Reads ranges of an open file; the caller closes it once the workbook has been read. Ranges are
 * read with `handle.read`, not `handle.createReadStream`: on Node 20 a FileHandle's stream closes
 * the handle when it is destroyed, whatever autoClose says, and each member needs a stream.
 */
export function fileSource(handle: FileHandle, size: number): ZipSource {
  const read = async (at: number, length: number) => {
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    return buffer.subarray(0, bytesRead);
  };
  async function* pieces(at: number, length: number): AsyncGenerator<Buffer> {
    for (let done = 0; done < length; ) {
      const piece = await read(at + done, Math.min(PIECE_BYTES, length - done));
      if (piece.length === 0) return;
      done += piece.length;
      yield piece;
    }
  }
  return { size, read, stream: (at, length) => Readable.from(pieces(at, length), { objectMode: false }) };
}

/** The members, or the reason to refuse the workbook before anything of it is expanded. */
export async function openZip(zip: ZipSource, limits: SheetLimits): Promise<ZipMember[] | string> {
  const members = await centralDirectory(zip);
  if (typeof members === 'string') return members;
  if (members.length > limits.maxZipEntries) return `${members.length} parts is more than the limit of ${limits.maxZipEntries}`;
  let total = 0;
  for (const m of members) {
    total += m.uncompressed;
    if (total > limits.maxUncompressedBytes) return `expands to more than ${limits.maxUncompressedBytes} bytes (limit), refused as a possible zip bomb`;
    if (m.uncompressed > limits.ratioCheckAboveBytes && m.uncompressed > limits.maxCompressionRatio * Math.max(1, m.compressed)) {
      return `part ${JSON.stringify(m.name)} expands ${Math.round(m.uncompressed / Math.max(1, m.compressed))} times (limit ${limits.maxCompressionRatio}), refused as a possible zip bomb`;
    }
  }
  for (const m of members) {
    const lie = await declaredSizeLie(zip, m);
    if (lie) return lie;
  }
  return members;
}

/** The members the central directory lists, or why it cannot be read. */
async function centralDirectory(zip: ZipSource): Promise<ZipMember[] | string> {
  const tailAt = Math.max(0, zip.size - EOCD_SEARCH);
  const tail = await zip.read(tailAt, zip.size - tailAt);
  const view = viewOf(tail);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return 'not an xlsx workbook (no zip directory; an old .xls or a renamed file?)';
  const count = view.getUint16(eocd + 10, true);
  const length = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return 'ZIP64 workbooks are not supported (the file is too large for a sheet of candidates)';
  if (offset + length > tailAt + eocd) return 'damaged workbook (zip directory is inconsistent)';
  const directory = await zip.read(offset, length);
  const dir = viewOf(directory);
  const members: ZipMember[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.byteLength || dir.getUint32(at, true) !== CENTRAL_SIGNATURE) return 'damaged workbook (zip directory is inconsistent)';
    const nameLength = dir.getUint16(at + 28, true);
    const skip = nameLength + dir.getUint16(at + 30, true) + dir.getUint16(at + 32, true);
    members.push({
      name: directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: dir.getUint16(at + 10, true),
      compressed: dir.getUint32(at + 20, true),
      uncompressed: dir.getUint32(at + 24, true),
      localOffset: dir.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return members;
}

function viewOf(bytes: Buffer): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - EOCD_MIN; at >= 0; at--) if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  return -1;
}

/**
 * Inflates one member, counting what comes out: more than it declares is a lie. Nothing is kept,
 * so a 100 MB worksheet costs a pass of the inflater here, not 100 MB of memory.
 */
async function declaredSizeLie(zip: ZipSource, m: ZipMember): Promise<string | undefined> {
  if (m.method !== 8) return undefined; // stored: no expansion possible
  let size = 0;
  try {
    for await (const chunk of await memberStream(zip, m)) {
      size += chunk.length;
      if (size > Math.max(1, m.uncompressed)) return `part ${JSON.stringify(m.name)} expands beyond the ${m.uncompressed} bytes it declares, refused as a possible zip bomb`;
    }
    return undefined;
  } catch (err) {
    return err instanceof DamagedZip ? err.message : `damaged workbook (part ${JSON.stringify(m.name)} cannot be decompressed)`;
  }
}

class DamagedZip extends Error {}

/**
 * A member's content as it inflates (or as stored), in pieces of at most 64 KB. The caller
 * reads it to the end or destroys it.
 */
export async function memberStream(zip: ZipSource, m: ZipMember): Promise<Readable> {
  const header = await zip.read(m.localOffset, 30);
  const view = viewOf(header);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL_SIGNATURE) throw new DamagedZip('damaged workbook (zip member header missing)');
  const start = m.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const data = zip.stream(start, m.compressed);
  if (m.method === 0) return data;
  if (m.method !== 8) throw new DamagedZip(`damaged workbook (part ${JSON.stringify(m.name)} uses zip method ${m.method}, which is not supported)`);
  const inflate = createInflateRaw({ chunkSize: PIECE_BYTES });
  data.on('error', (err) => inflate.destroy(err));
  inflate.on('close', () => data.destroy());
  return data.pipe(inflate);
}
