// Reads one photo file: bytes within limits, metadata (EXIF, XMP, IPTC, GPS, PNG text, C2PA),
// the perceptual hash of the picture and of its embedded EXIF thumbnail. Loaded lazily by the
// photo gatherer: sharp and exifr are only imported when a dossier names a photo.
// A file that cannot be read becomes `error`, never an exception: hostile files are expected.

import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import exifr from 'exifr';
import type { PhotoEvidence } from '../types.js';
import { photoRules } from '../data/photo.js';
import { hashFromThumbnail, hashInput } from './hash.js';
import { readC2pa } from './c2pa.js';

export type PhotoReading = Pick<PhotoEvidence, 'metadata' | 'hash' | 'thumbnailHash' | 'width' | 'height' | 'error'>;

const MB = 1024 * 1024;

export async function readPhoto(absolutePath: string): Promise<PhotoReading> {
  const { limits } = photoRules();
  let size: number;
  try {
    const info = await stat(absolutePath);
    if (!info.isFile()) return { error: 'not a regular file' };
    size = info.size;
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (size > limits.maxBytes) return { error: `file is ${(size / MB).toFixed(1)} MB, over the ${Math.round(limits.maxBytes / MB)} MB limit; not read` };
  if (size === 0) return { error: 'empty file' };
  return readPhotoBytes(await readFile(absolutePath));
}

export async function readPhotoBytes(bytes: Uint8Array): Promise<PhotoReading> {
  const { limits } = photoRules();
  const header = await imageHeader(bytes);
  if ('error' in header) return { error: header.error };
  const { width, height } = header;
  const metadata = await readMetadata(bytes);
  if (width * height > limits.maxPixels) {
    return { width, height, metadata, error: `image declares ${width} x ${height} pixels (${Math.round((width * height) / 1e6)} MP), over the ${Math.round(limits.maxPixels / 1e6)} MP limit (a decompression bomb?); not decoded` };
  }
  const hashed = await hashOrError(bytes);
  if ('error' in hashed) return { width, height, metadata, error: hashed.error };
  const thumbnailHash = await hashThumbnail(bytes, width / height, metadata.Orientation);
  return { width, height, metadata, hash: hashed.hash, ...(thumbnailHash !== undefined && { thumbnailHash }) };
}

/** Dimensions from the header alone: nothing is decoded yet, so a bomb costs nothing here. */
async function imageHeader(bytes: Uint8Array): Promise<{ width: number; height: number } | { error: string }> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height) return { error: 'image has no dimensions (corrupt header)' };
    return { width: meta.width, height: meta.height };
  } catch (err) {
    const message = (err as Error).message;
    if (/unsupported image format/i.test(message)) return { error: 'not an image (the content is not JPEG, PNG, WebP, GIF, TIFF, HEIF or AVIF)' };
    return { error: `corrupt image header: ${oneLine(message)}` };
  }
}

async function hashOrError(bytes: Uint8Array): Promise<{ hash: string } | { error: string }> {
  const { limits } = photoRules();
  try {
    const pixels = await hashInput(sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' }), limits.decodeTimeoutSeconds);
    return { hash: hashFromThumbnail(pixels) };
  } catch (err) {
    return { error: `corrupt or truncated image: ${oneLine((err as Error).message)}` };
  }
}

/**
 * The embedded EXIF thumbnail's hash, oriented as the main image is. Cameras letterbox a
 * thumbnail whose aspect differs from the picture; the bars are trimmed so they do not count.
 */
async function hashThumbnail(bytes: Uint8Array, aspect: number, orientation: unknown): Promise<string | undefined> {
  try {
    const thumbnail = await exifr.thumbnail(bytes);
    if (!thumbnail || thumbnail.length === 0) return undefined;
    let image = sharp(thumbnail, { limitInputPixels: 4_000_000, failOn: 'error' });
    const meta = await image.metadata();
    if (meta.width && meta.height && Math.abs(meta.width / meta.height - aspect) / aspect > 0.05) image = sharp(await image.trim().toBuffer());
    if (typeof orientation === 'number' && orientation >= 2 && orientation <= 8) {
      image = sharp(await image.keepExif().withMetadata({ orientation }).jpeg({ quality: 95 }).toBuffer());
    }
    return hashFromThumbnail(await hashInput(image));
  } catch {
    // A broken thumbnail is no evidence either way.
    return undefined;
  }
}

const EXIFR_OPTIONS = {
  tiff: true,
  ifd1: false,
  exif: true,
  gps: true,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: true,
  makerNote: false,
  userComment: false,
  mergeOutput: true,
  sanitize: true,
  reviveValues: true,
  translateValues: false,
};

/** EXIF/XMP/IPTC/GPS/PNG text merged into plain values, plus what a C2PA manifest declares. */
async function readMetadata(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const metadata: Record<string, unknown> = {};
  try {
    const parsed = (await exifr.parse(bytes, EXIFR_OPTIONS)) as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(parsed ?? {})) {
      const plain = plainValue(value);
      if (plain !== undefined) metadata[key] = plain;
    }
  } catch {
    // Unparseable metadata is the same as none: the decoder decides whether the image is sound.
  }
  const c2pa = readC2pa(bytes);
  if (c2pa) {
    metadata.C2PAManifest = true;
    if (c2pa.digitalSourceTypes.length) metadata.C2PADigitalSourceType = c2pa.digitalSourceTypes;
    if (c2pa.claimGenerator) metadata.C2PAClaimGenerator = c2pa.claimGenerator;
  }
  return metadata;
}

/** Strings, numbers, booleans, dates (as ISO text) and short lists of them; binary is dropped. */
function plainValue(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 4000 ? value.slice(0, 4000) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (Array.isArray(value) && value.length <= 64) {
    const items = value.map(plainValue);
    return items.every((i) => i !== undefined) ? items : undefined;
  }
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const entries = Object.entries(value).slice(0, 64).map(([k, v]) => [k, plainValue(v)] as const);
    return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.split('\n')[0].trim().slice(0, 200);
}
