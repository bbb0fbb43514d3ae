// Finds a C2PA manifest store in image bytes (JUMBF in JPEG APP11 segments, or a PNG caBX
// chunk) and reads what it declares about the picture's origin. Not a validator: signatures are
// not checked, so a manifest is a claim by whoever wrote the file. A manifest that says
// "made by a trained model" is still worth reporting; its absence proves nothing.

export interface C2paClaim {
  /** IPTC digital source type URIs found in the manifest's assertions. */
  digitalSourceTypes: string[];
  /** The `claim_generator` string, when present (the tool that wrote the manifest). */
  claimGenerator?: string;
}

const SOURCE_TYPE_PREFIX = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

/** The manifest store's bytes, or undefined when the image carries none. */
export function findManifestStore(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegJumbf(bytes);
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngCabx(bytes);
  return undefined;
}

export function readC2pa(bytes: Uint8Array): C2paClaim | undefined {
  const store = findManifestStore(bytes);
  if (!store || !containsAscii(store, 'c2pa')) return undefined;
  const digitalSourceTypes = sourceTypes(Buffer.from(store.buffer, store.byteOffset, store.byteLength));
  const claimGenerator = cborTextAfter(store, 'claim_generator');
  return { digitalSourceTypes, ...(claimGenerator !== undefined && { claimGenerator }) };
}

/** Concatenated APP11 payloads whose common identifier is "JP" (ISO 19566-5), headers removed. */
function jpegJumbf(bytes: Uint8Array): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    // Start of scan or end of image: no more metadata segments.
    if (marker === 0xda || marker === 0xd9) break;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (length < 2) break;
    const payload = bytes.subarray(at + 4, Math.min(bytes.length, at + 2 + length));
    if (marker === 0xeb && payload[0] === 0x4a && payload[1] === 0x50) {
      // "JP", box instance (2), packet sequence (4); later packets repeat the box header (8).
      parts.push(parts.length === 0 ? payload.subarray(8) : payload.subarray(16));
    }
    at += 2 + length;
  }
  return parts.length ? Buffer.concat(parts) : undefined;
}

function pngCabx(bytes: Uint8Array): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    if (type === 'caBX') return bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return undefined;
}

/**
 * Each digital source type URI, read as the CBOR text string that holds it (its length is in the
 * header just before it): neighbouring CBOR strings are not separated by anything else.
 */
function sourceTypes(buffer: Buffer): string[] {
  const found = new Set<string>();
  for (let at = buffer.indexOf(SOURCE_TYPE_PREFIX); at >= 0; at = buffer.indexOf(SOURCE_TYPE_PREFIX, at + 1)) {
    const length = cborTextLengthBefore(buffer, at);
    const end = length === undefined ? at + SOURCE_TYPE_PREFIX.length + 40 : at + length;
    const term = /^[A-Za-z]+/.exec(buffer.toString('latin1', at + SOURCE_TYPE_PREFIX.length, Math.min(end, buffer.length)))?.[0];
    if (term) found.add(SOURCE_TYPE_PREFIX + term);
  }
  return [...found];
}

function cborTextLengthBefore(buffer: Buffer, at: number): number | undefined {
  if (at >= 2 && buffer[at - 2] === 0x78) return buffer[at - 1];
  if (at >= 3 && buffer[at - 3] === 0x79) return buffer.readUInt16BE(at - 2);
  if (at >= 1 && buffer[at - 1] >= 0x60 && buffer[at - 1] <= 0x77) return buffer[at - 1] - 0x60;
  return undefined;
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

/** The CBOR text string that follows a CBOR text key, read from its length header. */
function cborTextAfter(bytes: Uint8Array, key: string): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keyBytes = Buffer.from(key, 'utf8');
  const at = buffer.indexOf(keyBytes);
  if (at < 0) return undefined;
  let p = at + keyBytes.length;
  const head = buffer[p];
  if (head === undefined || head >> 5 !== 3) return undefined;
  let length = head & 0x1f;
  p++;
  if (length === 24) length = buffer[p++];
  else if (length === 25) {
    length = buffer.readUInt16BE(p);
    p += 2;
  } else if (length > 23) return undefined;
  if (p + length > buffer.length) return undefined;
  return buffer.toString('utf8', p, p + length).slice(0, 200);
}
