// The resume gatherer parses each resume file once per thread, by its bytes: one file, or
// byte-identical copies of it, given by many rows (personas sharing a resume) is parsed once,
// and every row still reads its text.

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDossier } from '../../src/types.js';
import type { GatherOptions } from '../../src/gather/index.js';
import { dossier } from '../helpers/factory.js';

const OPTIONS: GatherOptions = { allowOutside: false, online: false, config: {} };
const folder = mkdtempSync(path.join(os.tmpdir(), 'vet-resumes-'));
copyFileSync('fixtures/resumes/persona.pdf', path.join(folder, 'a.pdf'));
copyFileSync('fixtures/resumes/persona.pdf', path.join(folder, 'copy-of-a.pdf'));
copyFileSync('fixtures/resumes/new-graduate.pdf', path.join(folder, 'b.pdf'));

const loaded = (n: number, file: string): LoadedDossier => ({ dossier: dossier({ name: `Person ${n}`, resume: { file } }), origin: { label: `sheet.csv:${n}`, file: 'sheet.csv', baseDir: folder, row: n }, index: n, warnings: [] });

afterEach(() => {
  vi.resetModules();
  vi.doUnmock('pdfjs-dist/legacy/build/pdf.mjs');
});

/** The gatherer, fresh, with pdf.js's getDocument counted. */
async function countedGatherer() {
  const real = await vi.importActual<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs');
  const getDocument = vi.fn(real.getDocument);
  vi.doMock('pdfjs-dist/legacy/build/pdf.mjs', () => ({ ...real, getDocument }));
  const { resumeGatherer } = await import('../../src/gather/resume.js');
  return { resumeGatherer, getDocument };
}

describe('one resume file in many rows', () => {
  it('the same file and a byte-identical copy are parsed once; another file is parsed too; each row has the text', async () => {
    const { resumeGatherer, getDocument } = await countedGatherer();
    const texts: string[] = [];
    for (const [n, file] of ['a.pdf', 'a.pdf', 'copy-of-a.pdf', 'a.pdf', 'b.pdf'].entries()) {
      const { resume } = await resumeGatherer.gather(loaded(n, file), OPTIONS, {});
      texts.push(resume!.text);
    }
    expect(getDocument).toHaveBeenCalledTimes(2);
    expect(texts[0].length).toBeGreaterThan(100);
    expect(new Set(texts.slice(0, 4))).toEqual(new Set([texts[0]]));
    expect(texts[4]).not.toBe(texts[0]);
  });

  it('a file rewritten with other bytes is parsed again', async () => {
    const { resumeGatherer, getDocument } = await countedGatherer();
    const file = path.join(folder, 'changing.pdf');
    copyFileSync('fixtures/resumes/persona.pdf', file);
    const first = (await resumeGatherer.gather(loaded(1, 'changing.pdf'), OPTIONS, {})).resume!.text;
    copyFileSync('fixtures/resumes/new-graduate.pdf', file);
    const second = (await resumeGatherer.gather(loaded(2, 'changing.pdf'), OPTIONS, {})).resume!.text;
    expect(getDocument).toHaveBeenCalledTimes(2);
    expect(second).not.toBe(first);
  });

  it('an unreadable file says why in every row that names it', async () => {
    const { resumeGatherer } = await countedGatherer();
    writeFileSync(path.join(folder, 'broken.pdf'), 'not a pdf');
    for (const n of [1, 2]) expect((await resumeGatherer.gather(loaded(n, 'broken.pdf'), OPTIONS, {})).resume!.error).toBeTruthy();
  });
});
