// Where a dossier's or a sheet's file paths lead, and which are refused.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside, webAddressError } from '../../src/dossier/paths.js';

const BASE = path.resolve('/data/sheets');

describe('resolveInside', () => {
  it.each([
    ['photos/ann.jpg', path.join(BASE, 'photos/ann.jpg')],
    ['photos\\ann.jpg', path.join(BASE, 'photos/ann.jpg')], // written on Windows
    ['.\\resumes\\ann.pdf', path.join(BASE, 'resumes/ann.pdf')],
  ])('%j is %s', (file, resolved) => {
    expect(resolveInside(BASE, file, false)).toBe(resolved);
  });

  it.each(['../secret.txt', '..\\secret.txt', 'photos\\..\\..\\secret.txt', '/etc/passwd'])('%j leaves the folder: refused', (file) => {
    expect(resolveInside(BASE, file, false)).toBeUndefined();
  });

  it('--allow-outside lets a path leave', () => {
    expect(resolveInside(BASE, '..\\other\\ann.jpg', true)).toBe(path.resolve('/data/other/ann.jpg'));
  });
});

describe('webAddressError', () => {
  it.each(['https://cdn.example.com/photos/ann.jpg', 'HTTP://example.com/cv.pdf'])('%j is a web address, not read', (file) => {
    expect(webAddressError(file)).toMatch(/^a web address, not a file/);
  });

  it.each(['photos/ann.jpg', 'https.jpg', 'photos/https://x'])('%j is a path', (file) => {
    expect(webAddressError(file)).toBeUndefined();
  });
});
