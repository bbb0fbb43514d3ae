// Resume text, from `resume.text` and from the file `resume.file` names (.pdf, .docx, .txt, .md).
// PDF and DOCX parsers are large: they are imported only when a dossier names such a file.
// Whatever goes wrong with the file becomes `error` on the evidence (the text checks skip with
// that reason); it never throws, because a throw would also skip the checks that need no text.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LoadedDossier, ResumeEvidence } from '../types.js';
import { resolveInside, webAddressError } from '../dossier/paths.js';
import type { Gatherer, GatherOptions } from './index.js';
import { recentValues } from '../util/recent.js';

/** Resumes are a few pages; anything far larger is not a resume, or is built to exhaust the parser. */
export const RESUME_LIMITS = { bytes: 10 * 1024 * 1024, pages: 30, chars: 200_000, millis: 5_000 };

export const resumeGatherer: Gatherer = {
  name: 'resume',
  applies: ({ dossier }) => Boolean(dossier.resume?.text?.trim() || dossier.resume?.file),
  async gather(loaded, options) {
    return { resume: await resumeEvidence(loaded, options) };
  },
};

async function resumeEvidence({ dossier, origin }: LoadedDossier, options: GatherOptions): Promise<ResumeEvidence> {
  const inline = dossier.resume?.text ?? '';
  const file = dossier.resume?.file;
  if (!file) return { text: inline };
  const read = await readResumeFile(origin.baseDir, file, options.allowOutside);
  if ('error' in read) return { text: '', file, error: read.error };
  // Inline text beside a file (a recruiter's note, a summary) is read too.
  return { text: [read.text, inline].filter((t) => t.trim() !== '').join('\n\n').slice(0, RESUME_LIMITS.chars), file };
}

export async function readResumeFile(baseDir: string, file: string, allowOutside: boolean): Promise<{ text: string } | { error: string }> {
  const web = webAddressError(file);
  if (web) return { error: web };
  const resolved = resolveInside(baseDir, file, allowOutside);
  if (!resolved) return { error: "the path leaves the dossier's folder (--allow-outside permits it)" };
  const extension = path.extname(resolved).toLowerCase();
  if (!['.pdf', '.docx', '.txt', '.md'].includes(extension)) return { error: `unsupported file type "${extension || 'none'}" (expected .pdf, .docx, .txt or .md)` };
  let bytes: Buffer;
  try {
    const info = await fs.stat(resolved);
    if (!info.isFile()) return { error: 'not a file' };
    if (info.size > RESUME_LIMITS.bytes) return { error: `file is ${Math.round(info.size / 1024 / 1024)} MB, over the ${RESUME_LIMITS.bytes / 1024 / 1024} MB limit` };
    bytes = await fs.readFile(resolved);
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return parsedResumes(extension, createHash('sha256').update(bytes).digest('base64'), () => parseResume(bytes, extension));
}

/**
 * Resume files parsed in this thread, by their bytes: a sheet may give one file, or byte-identical
 * copies of it, in many rows (personas sharing a resume), and a PDF or DOCX took 5-7 ms to parse
 * for each. What is kept is text, never changed by its readers.
 */
const parsedResumes = recentValues<Promise<{ text: string } | { error: string }>>();

async function parseResume(bytes: Buffer, extension: string): Promise<{ text: string } | { error: string }> {
  try {
    const text = extension === '.pdf' ? await pdfText(bytes) : extension === '.docx' ? await docxText(bytes) : bytes.toString('utf8');
    if (typeof text !== 'string') return text;
    if (text.trim() === '') return { error: extension === '.pdf' ? 'the PDF has no text layer (image-only or scanned)' : 'the file has no text' };
    return { text: text.slice(0, RESUME_LIMITS.chars) };
  } catch (err) {
    return { error: describeParseError(err, extension) };
  }
}

async function pdfText(bytes: Buffer): Promise<string | { error: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
  const started = Date.now();
  try {
    const doc = await withTimeout(task.promise, RESUME_LIMITS.millis);
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, RESUME_LIMITS.pages); n++) {
      // The time limit is checked between pages: a page that parses is kept, the rest dropped.
      if (Date.now() - started > RESUME_LIMITS.millis) break;
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(pageText(content.items as { str?: string; hasEOL?: boolean }[]));
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}

/** pdf.js gives text runs; a run that ends a line says so (`hasEOL`). */
function pageText(items: { str?: string; hasEOL?: boolean }[]): string {
  return items.map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ''}`).join('');
}

async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const result = await withTimeout(mammoth.extractRawText({ buffer: bytes }), RESUME_LIMITS.millis);
  return result.value;
}

function withTimeout<T>(promise: Promise<T>, millis: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reading took longer than ${millis / 1000} s`)), millis);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Parser errors name internals; the report gets one line a recruiter understands. */
function describeParseError(err: unknown, extension: string): string {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return 'the PDF is encrypted (password-protected)';
  if (/took longer/.test(e?.message ?? '')) return e.message ?? 'timed out';
  if (extension === '.pdf') return `not a readable PDF (${firstLine(e?.message)})`;
  if (extension === '.docx') return `not a readable Word file (${/central directory|zip/i.test(e?.message ?? '') ? 'not a ZIP archive' : firstLine(e?.message)})`;
  return `cannot read the file (${firstLine(e?.message)})`;
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0].slice(0, 120);
}
