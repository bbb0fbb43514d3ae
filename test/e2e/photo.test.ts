// The photo checks as a user meets them: the built CLI on the fixture photos
// (made by scripts/fixtures/photos.mjs) and the dossiers beside them.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, vetCli } from '../helpers/cli.js';

const NOW = '2026-11-26T12:00:00Z';

function vetPhotos(fixture: string) {
  const r = vetCli(['--format', 'json', '--now', NOW, `fixtures/photos/${fixture}.json`]);
  const report = JSON.parse(r.stdout);
  const photo = (report.findings as { check: string; severity: string; evidence: string }[]).filter((f) => f.check.startsWith('photo.'));
  return { code: r.code, stderr: r.stderr, risk: report.risk as string, photo: photo.map((f) => [f.check, f.severity]), evidence: photo.map((f) => f.evidence) };
}

describe('photo fixtures end to end', () => {
  it('camera original, retouched profile picture, real selfie, photo at home: no photo finding', () => {
    const r = vetPhotos('photo-clean');
    expect(r.code).toBe(0);
    expect(r.risk).toBe('low');
    expect(r.photo).toEqual([]);
  });

  it('ID photo swapped in Photoshop with the old thumbnail left in: thumbnail mismatch (high) and editor (medium)', () => {
    const r = vetPhotos('photo-altered');
    expect(r.code).toBe(1);
    expect(r.photo).toEqual([
      ['photo.thumbnail-mismatch', 'high'],
      ['photo.edited', 'medium'],
    ]);
  });

  it('AI-marked photos via XMP, PNG text and C2PA: high on the ID photo, low elsewhere', () => {
    const r = vetPhotos('photo-ai');
    expect(r.code).toBe(1);
    expect(r.photo).toEqual([
      ['photo.ai-generated', 'high'],
      ['photo.ai-generated', 'low'],
      ['photo.ai-generated', 'low'],
      ['photo.no-camera-data', 'info'],
    ]);
    expect(r.evidence.join('\n')).toContain('C2PA manifest digitalSourceType is trainedAlgorithmicMedia');
    expect(r.evidence.join('\n')).toContain('PNG text chunk "parameters"');
  });

  it('selfie with GPS in China from a candidate in the US: location mismatch, coordinates rounded', () => {
    const r = vetPhotos('photo-abroad');
    expect(r.photo).toEqual([['photo.location-mismatch', 'high']]);
    expect(r.evidence[0]).toBe('selfie "gps-abroad.jpg": GPS 41.8, 123.4 is in CN, but the candidate claims to live in US');
  });

  it('a selfie that is the ID photo resized: same image (high)', () => {
    const r = vetPhotos('photo-same-image');
    expect(r.photo).toEqual([['photo.same-image', 'high']]);
  });

  it('truncated, not an image, decompression bomb, missing: one clear line each, no crash', () => {
    const r = vetPhotos('photo-hostile');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js/);
    expect(r.photo).toEqual([
      ['photo.unreadable', 'low'],
      ['photo.unreadable', 'info'],
      ['photo.unreadable', 'info'],
      ['photo.unreadable', 'info'],
    ]);
    expect(r.evidence).toEqual([
      'ID photo "truncated.jpg": corrupt or truncated image: VipsJpeg: premature end of JPEG image',
      'photo "not-an-image.jpg": not an image (the content is not JPEG, PNG, WebP, GIF, TIFF, HEIF or AVIF)',
      'photo "bomb.png": image declares 12000 x 12000 pixels (144 MP), over the 100 MP limit (a decompression bomb?); not decoded',
      'photo "missing.jpg": file not found',
    ]);
  });

  it('stated ID metadata with no file runs the same checks', () => {
    const r = vetPhotos('photo-metadata-only');
    expect(r.photo).toEqual([
      ['photo.edited', 'medium'],
      ['photo.location-mismatch', 'medium'],
      ['photo.no-camera-data', 'info'],
    ]);
  });

  it('the text report names the photo findings', () => {
    const r = vetCli(['--now', NOW, 'fixtures/photos/photo-altered.json']);
    expect(r.stdout).toContain('photo.thumbnail-mismatch');
    expect(r.stdout).toContain('saved by Adobe Photoshop');
  });

  it('keeps sharp and exifr out of start-up: they load only when a dossier has a photo', () => {
    // A preload that reports each require of the two packages, whoever makes it.
    const hook = path.join(mkdtempSync(path.join(os.tmpdir(), 'vet-hook-')), 'hook.cjs');
    writeFileSync(hook, "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (/^(sharp|exifr)$/.test(request)) process.stderr.write(`LOADED ${request}\\n`); return load.call(this, request, ...rest); };");
    const loaded = (dossier: string) => {
      const r = spawnSync(process.execPath, ['--require', hook, 'bin/vet.js', '--no-history', '--now', NOW, dossier], { cwd: ROOT, encoding: 'utf8' });
      return [...r.stderr.matchAll(/LOADED (\S+)/g)].map((m) => m[1]).sort();
    };
    expect(loaded('fixtures/dossiers/clean.json')).toEqual([]);
    expect(loaded('fixtures/photos/photo-altered.json')).toEqual(['exifr', 'sharp']);
  });
});
