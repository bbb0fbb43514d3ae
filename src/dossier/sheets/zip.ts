// A workbook is a zip. Its central directory states each member's uncompressed size, so a
// zip bomb (a few kilobytes that inflate to gigabytes) can be refused before anything inflates.
// Refused too: members that inflate beyond what they declare (a lying directory), checked
// by inflating with a hard output cap, which costs one pass over a legitimate workbook.

import { inflateRawSync } from 'node:zlib';
import type { SheetLimits } from '../../data/sheet-columns.js';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;

export interface ZipMember {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/** Reasons to refuse the workbook, or undefined when it may be expanded. */
export function zipBombReason(bytes: Uint8Array, limits: SheetLimits): string | undefined {
  const members = centralDirectory(bytes);
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
    const lie = declaredSizeLie(bytes, m);
    if (lie) return lie;
  }
  return undefined;
}

/** The members the central directory lists, or why it cannot be read. */
export function centralDirectory(bytes: Uint8Array): ZipMember[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return 'not an xlsx workbook (no zip directory; an old .xls or a renamed file?)';
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return 'ZIP64 workbooks are not supported (the file is too large for a sheet of candidates)';
  const members: ZipMember[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return 'damaged workbook (zip directory is inconsistent)';
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    members.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return members;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN - 0xffff);
  for (let at = view.byteLength - EOCD_MIN; at >= lowest; at--) if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  return -1;
}

/** Inflates one member with an output cap of its declared size: more output is a lie. */
function declaredSizeLie(bytes: Uint8Array, m: ZipMember): string | undefined {
  if (m.method !== 8) return undefined; // stored: no expansion possible
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = m.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) return 'damaged workbook (zip member header missing)';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  try {
    inflateRawSync(bytes.subarray(start, start + m.compressed), { maxOutputLength: Math.max(1, m.uncompressed) });
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return `part ${JSON.stringify(m.name)} expands beyond the ${m.uncompressed} bytes it declares, refused as a possible zip bomb`;
    return `damaged workbook (part ${JSON.stringify(m.name)} cannot be decompressed)`;
  }
}
