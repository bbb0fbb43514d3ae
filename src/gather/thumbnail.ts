// A small copy of a photo for the HTML report, asked for only by `--format html`. Re-encoding
// through sharp drops EXIF, XMP, IPTC and GPS (sharp keeps none unless told to), so the report
// shows the face without the coordinates or the camera serial. Loaded lazily, like sharp itself.

import sharp from 'sharp';
import { photoRules } from '../data/photo.js';

/** Longest side of the thumbnail in pixels: enough to recognise a face, small enough to embed dozens. */
const SIZE = 160;

/** A JPEG data URL, or undefined when the image cannot be decoded within the photo limits. */
export async function thumbnailDataUrl(bytes: Uint8Array): Promise<string | undefined> {
  const { limits } = photoRules();
  try {
    const jpeg = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' })
      .rotate() // EXIF orientation applied before the metadata goes
      .resize(SIZE, SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 72 })
      .timeout({ seconds: limits.decodeTimeoutSeconds })
      .toBuffer();
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch {
    // The photo checks already report why an image cannot be read; the report shows no picture.
    return undefined;
  }
}
