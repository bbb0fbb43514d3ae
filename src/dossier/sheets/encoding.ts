// The encodings a sheet of candidates comes in: UTF-8 (with or without a BOM), UTF-16 when its BOM
// says so (Excel's "Unicode text"), and Windows-1252 (Excel's plain "CSV" on Western Windows)
// when a byte is not UTF-8.

import { isUtf8 } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';

export type SheetEncoding = 'utf-16' | 'utf-8' | 'windows-1252';

/** The file's encoding, from its first bytes (a UTF-16 BOM) or, failing that, all of them. */
export async function encodingOf(handle: FileHandle, firstBytes: Buffer): Promise<SheetEncoding> {
  if (isUtf16(firstBytes)) return 'utf-16';
  return (await isUtf8File(handle)) ? 'utf-8' : 'windows-1252';
}

/**
 * Whether the whole file is UTF-8, read a piece at a time (never held whole): one byte that is
 * not, anywhere, means another encoding, and UTF-8 would have turned every such letter into U+FFFD.
 */
async function isUtf8File(handle: FileHandle): Promise<boolean> {
  const piece = Buffer.alloc(UTF8_CHECK_BYTES);
  let carried = 0;
  for (let at = 0; ; ) {
    const { bytesRead } = await handle.read(piece, carried, piece.length - carried, at);
    if (bytesRead === 0) return carried === 0;
    at += bytesRead;
    const filled = carried + bytesRead;
    const complete = completeUtf8(piece, filled);
    if (!isUtf8(piece.subarray(0, complete))) return false;
    // A character cut by the end of the read is checked with the next piece.
    piece.copy(piece, 0, complete, filled);
    carried = filled - complete;
  }
}

const UTF8_CHECK_BYTES = 1 << 20;

/** The end of the last whole UTF-8 character in `bytes[0, end)`. */
function completeUtf8(bytes: Buffer, end: number): number {
  for (let back = 1; back <= Math.min(4, end); back++) {
    const byte = bytes[end - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: its lead byte is further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? end - back : end;
  }
  return end;
}

/** A UTF-16 byte order mark, little- or big-endian. */
function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The file's text, in the encoding `encodingOf` found (UTF-16 after its BOM, in either byte order). */
export function decode(bytes: Buffer, encoding: SheetEncoding): string {
  if (encoding === 'utf-8') return bytes.toString('utf8');
  if (encoding === 'windows-1252') return windows1252(bytes);
  if (bytes[0] === 0xff) return bytes.subarray(2).toString('utf16le');
  return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
}

/**
 * Windows-1252's letters for the bytes 0x80-0x9F (the WHATWG Encoding Standard's table; the five
 * it leaves unassigned stay C1 controls). Node 20's TextDecoder reads all 32 as Latin-1's controls.
 */
const WINDOWS_1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]);
}
