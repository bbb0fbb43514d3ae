// Photo checks on one 2-megapixel camera JPEG: the gatherer (read, decode, hash, EXIF, thumbnail)
// and every photo check, in process, warm. The sources are bundled with esbuild first, as the
// build does, into node_modules/.cache so that sharp and exifr resolve from the package.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { ROOT, timeMedian } from './lib.mjs';

export const name = 'photo';
export const target = 'gather + photo checks on a 2-megapixel JPEG: median at most 30 ms';

const CACHE = path.join(ROOT, 'node_modules/.cache/vet-bench');
const CHECKS = ['ai-generated', 'edited', 'location-mismatch', 'no-camera-data', 'same-image', 'thumbnail-mismatch', 'unreadable'];

async function bundle() {
  const entry = [
    "export { photosGatherer } from './src/gather/photos.ts';",
    ...CHECKS.map((c, i) => `export { check as check${i} } from './src/checks/photo/${c}.ts';`),
  ].join('\n');
  const outfile = path.join(CACHE, 'photo.mjs');
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['sharp', 'exifr', '@rapideditor/country-coder'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** 1732 x 1155 (2.0 MP) with camera EXIF, GPS and a thumbnail, as a phone or camera writes it. */
async function cameraPhoto(file) {
  const piexif = createRequire(import.meta.url)('piexifjs');
  const noise = await sharp({ create: { width: 1732, height: 1155, channels: 3, background: '#7a8a9a', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(3)
    .jpeg({ quality: 90 })
    .toBuffer();
  const thumbnail = await sharp(noise).resize(160, 107).jpeg({ quality: 70 }).toBuffer();
  const exif = piexif.dump({
    '0th': { [piexif.ImageIFD.Make]: 'Canon', [piexif.ImageIFD.Model]: 'Canon EOS 250D' },
    Exif: { [piexif.ExifIFD.DateTimeOriginal]: '2025:03:14 10:21:07' },
    GPS: { [piexif.GPSIFD.GPSLatitudeRef]: 'N', [piexif.GPSIFD.GPSLatitude]: [[30, 1], [16, 1], [0, 1]], [piexif.GPSIFD.GPSLongitudeRef]: 'W', [piexif.GPSIFD.GPSLongitude]: [[97, 1], [44, 1], [0, 1]] },
    '1st': { [piexif.ImageIFD.Compression]: 6 },
    thumbnail: thumbnail.toString('binary'),
  });
  writeFileSync(file, Buffer.from(piexif.insert(exif, noise.toString('binary')), 'binary'));
}

export async function run() {
  process.env.VET_RULES_DIR = path.join(ROOT, 'rules');
  mkdirSync(CACHE, { recursive: true });
  const mod = await bundle();
  await cameraPhoto(path.join(CACHE, 'id-2mp.jpg'));
  const checks = CHECKS.map((_, i) => mod[`check${i}`]);
  const dossier = { name: 'Jordan Ellis', location: { country: 'US' }, idDocument: { photo: 'id-2mp.jpg' }, photos: [] };
  const loaded = { dossier, origin: { label: 'bench.json', file: path.join(CACHE, 'bench.json'), baseDir: CACHE }, index: 0, warnings: [] };
  const options = { allowOutside: false, online: false, config: {} };
  let findings = 0;
  const ms = await timeMedian(async () => {
    const gathered = await mod.photosGatherer.gather(loaded, options, {});
    findings = 0;
    for (const check of checks) {
      const out = check.run({ dossier, origin: loaded.origin, gathered, config: {}, now: new Date('2026-11-26') });
      if (!('skip' in out)) findings += out.length;
    }
  }, 30, 5);
  return { lines: [`2.0 MP JPEG, gather + ${checks.length} photo checks: ${ms.toFixed(1)} ms median (${findings} findings)`], met: ms <= 30 };
}
