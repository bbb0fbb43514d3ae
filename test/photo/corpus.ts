// A seeded set of genuinely distinct images for measuring the perceptual hash: random
// shapes on gradients, smooth colour textures, and synthetic passport-style portraits
// (one backdrop, one pose: the hard case, since ID photos all look alike at 32x32).

import sharp from 'sharp';
import { mulberry32 } from '../../scripts/fixtures/random.mjs';

export type Family = 'shapes' | 'texture' | 'portrait';

export interface Raw {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Seeded, so that the test images are the same on every run. */
export const random = mulberry32;

type Rgb = [number, number, number];
const colour = (rnd: () => number): Rgb => [rnd() * 255, rnd() * 255, rnd() * 255];
const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

function canvas(width: number, height: number, from: Rgb, to: Rgb, angle: number): Raw {
  const data = new Uint8Array(width * height * 3);
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const span = Math.abs(dx) * width + Math.abs(dy) * height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = ((x - width / 2) * dx + (y - height / 2) * dy) / span + 0.5;
      for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = clamp(from[c] + (to[c] - from[c]) * t);
    }
  }
  return { data, width, height };
}

function paint(img: Raw, x: number, y: number, fill: Rgb): void {
  const i = (y * img.width + x) * 3;
  img.data[i] = fill[0];
  img.data[i + 1] = fill[1];
  img.data[i + 2] = fill[2];
}

function ellipse(img: Raw, cx: number, cy: number, rx: number, ry: number, angle: number, fill: Rgb): void {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const r = Math.max(rx, ry);
  for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(img.height, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(img.width, Math.ceil(cx + r)); x++) {
      const u = ((x - cx) * cos + (y - cy) * sin) / rx;
      const v = (-(x - cx) * sin + (y - cy) * cos) / ry;
      if (u * u + v * v <= 1) paint(img, x, y, fill);
    }
  }
}

function rect(img: Raw, x0: number, y0: number, w: number, h: number, fill: Rgb): void {
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, y0 + h); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, x0 + w); x++) paint(img, x, y, fill);
  }
}

/** Sensor-like grain, so that JPEG has something to throw away. */
function grain(img: Raw, rnd: () => number, amount: number): void {
  for (let i = 0; i < img.data.length; i++) img.data[i] = clamp(img.data[i] + (rnd() - 0.5) * amount);
}

function shapes(rnd: () => number): Raw {
  const img = canvas(192, 192, colour(rnd), colour(rnd), rnd() * Math.PI * 2);
  const count = 3 + Math.floor(rnd() * 10);
  for (let i = 0; i < count; i++) {
    if (rnd() < 0.5) ellipse(img, rnd() * 192, rnd() * 192, 8 + rnd() * 52, 8 + rnd() * 52, rnd() * Math.PI, colour(rnd));
    else rect(img, rnd() * 192 - 30, rnd() * 192 - 30, 15 + rnd() * 90, 15 + rnd() * 90, colour(rnd));
  }
  grain(img, rnd, 16);
  return img;
}

function texture(rnd: () => number): Raw {
  const width = 192;
  const height = 192;
  const data = new Uint8Array(width * height * 3);
  const waves = Array.from({ length: 6 }, () => ({ fx: (rnd() - 0.5) * 0.16, fy: (rnd() - 0.5) * 0.16, phase: rnd() * 6.3, channel: Math.floor(rnd() * 3), amp: 30 + rnd() * 50 }));
  const base = colour(rnd);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      let r = base[0];
      let g = base[1];
      let b = base[2];
      for (const w of waves) {
        const value = w.amp * Math.sin(w.fx * x + w.fy * y + w.phase);
        if (w.channel === 0) r += value;
        else if (w.channel === 1) g += value;
        else b += value;
      }
      data[i] = clamp(r);
      data[i + 1] = clamp(g);
      data[i + 2] = clamp(b);
    }
  }
  const img = { data, width, height };
  grain(img, rnd, 12);
  return img;
}

/** Head and shoulders in front of a pale backdrop, centred as an ID photo wants. */
function portrait(rnd: () => number): Raw {
  const width = 180;
  const height = 225;
  const k = 0.75;
  const pale = (): Rgb => [180 + rnd() * 75, 180 + rnd() * 75, 180 + rnd() * 75];
  const img = canvas(width, height, pale(), pale(), rnd() * Math.PI * 2);
  const skin: Rgb = [60 + rnd() * 180, 40 + rnd() * 150, 30 + rnd() * 130];
  const hair: Rgb = [rnd() * 120, rnd() * 90, rnd() * 70];
  const cx = width / 2 + (rnd() - 0.5) * 30 * k;
  const cy = height * (0.38 + (rnd() - 0.5) * 0.08);
  const rx = (50 + rnd() * 20) * k;
  const ry = (65 + rnd() * 20) * k;
  ellipse(img, cx + (rnd() - 0.5) * 60 * k, height + 20 * k, (110 + rnd() * 30) * k, (110 + rnd() * 40) * k, 0, colour(rnd));
  rect(img, cx - rx * 0.35, cy + ry * 0.7, rx * 0.7, 50 * k, skin);
  ellipse(img, cx, cy - ry * (0.15 + rnd() * 0.2), rx * (1.05 + rnd() * 0.2), ry * (0.8 + rnd() * 0.3), 0, hair);
  ellipse(img, cx, cy, rx, ry, (rnd() - 0.5) * 0.2, skin);
  const eyeY = cy - ry * (0.05 + rnd() * 0.2);
  const eyeGap = rx * (0.35 + rnd() * 0.15);
  for (const side of [-1, 1]) ellipse(img, cx + side * eyeGap, eyeY, (7 + rnd() * 4) * k, (4 + rnd() * 3) * k, 0, [20, 20, 20]);
  ellipse(img, cx, cy + ry * (0.45 + rnd() * 0.15), rx * (0.25 + rnd() * 0.2), (4 + rnd() * 6) * k, 0, [120 + rnd() * 60, 40, 50]);
  grain(img, rnd, 10);
  return img;
}

const makers: Record<Family, (rnd: () => number) => Raw> = { shapes, texture, portrait };

/** The i-th image of a family, always the same pixels for the same seed. */
export function makeImage(family: Family, seed: number): Raw {
  return makers[family](random(seed * 7919 + family.length));
}

export function encodeJpeg(img: Raw, quality = 90): Promise<Buffer> {
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

/**
 * Copies of a picture: what a re-upload, a screenshot or a light edit does. `claimed` ones must
 * stay within the threshold; the others are measured and stated, not promised.
 */
export const transforms: { name: string; claimed: boolean; apply: (jpeg: Buffer, width: number, height: number) => Promise<Buffer> }[] = [
  { name: 'resized to 50%', claimed: true, apply: (jpeg, w) => sharp(jpeg).resize(Math.round(w / 2)).jpeg({ quality: 85 }).toBuffer() },
  { name: 'resized to 200%', claimed: true, apply: (jpeg, w) => sharp(jpeg).resize(w * 2).jpeg({ quality: 85 }).toBuffer() },
  { name: 'recompressed at quality 30', claimed: true, apply: (jpeg) => sharp(jpeg).jpeg({ quality: 30 }).toBuffer() },
  { name: 'cropped 5% (2.5% per side)', claimed: true, apply: (jpeg, w, h) => crop(jpeg, w, h, 0.025, 0.025, 0.025, 0.025) },
  { name: 'brightened 10%', claimed: true, apply: (jpeg) => sharp(jpeg).modulate({ brightness: 1.1 }).jpeg({ quality: 85 }).toBuffer() },
  { name: 'darkened 10%, saved as PNG', claimed: true, apply: (jpeg) => sharp(jpeg).modulate({ brightness: 0.9 }).png().toBuffer() },
  { name: 'camera thumbnail (160 px, q70)', claimed: true, apply: (jpeg) => sharp(jpeg).resize(160, 120, { fit: 'fill' }).jpeg({ quality: 70 }).toBuffer() },
  { name: 'cropped 5% off left and top', claimed: false, apply: (jpeg, w, h) => crop(jpeg, w, h, 0.05, 0.05, 0, 0) },
];

function crop(jpeg: Buffer, w: number, h: number, left: number, top: number, right: number, bottom: number): Promise<Buffer> {
  const l = Math.round(w * left);
  const t = Math.round(h * top);
  return sharp(jpeg)
    .extract({ left: l, top: t, width: w - l - Math.round(w * right), height: h - t - Math.round(h * bottom) })
    .jpeg({ quality: 85 })
    .toBuffer();
}
