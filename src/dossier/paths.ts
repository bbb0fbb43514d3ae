import path from 'node:path';
import type { Dossier } from './schema.js';

/** Every file path a dossier names, with its JSON path. */
export function filePathsOf(dossier: Dossier): { at: string; file: string }[] {
  const out: { at: string; file: string }[] = [];
  if (dossier.idDocument?.photo) out.push({ at: '$.idDocument.photo', file: dossier.idDocument.photo });
  dossier.photos?.forEach((p, i) => out.push({ at: `$.photos[${i}]`, file: p.path }));
  if (dossier.resume?.file) out.push({ at: '$.resume.file', file: dossier.resume.file });
  return out;
}

/**
 * Absolute path of a dossier-relative file, or undefined when it leaves `baseDir`. A sheet made on
 * Windows writes `photos\ann.jpg`: its backslashes separate folders here too (and `..\` is
 * refused like `../`).
 */
export function resolveInside(baseDir: string, file: string, allowOutside: boolean): string | undefined {
  const resolved = path.resolve(baseDir, path.sep === '/' ? file.replace(/\\/g, '/') : file);
  if (allowOutside) return resolved;
  const rel = path.relative(path.resolve(baseDir), resolved);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : resolved;
}

/** One message per path that leaves the dossier's folder. */
export function pathsOutside(dossier: Dossier, baseDir: string, allowOutside: boolean): string[] {
  return filePathsOf(dossier)
    .filter(({ file }) => resolveInside(baseDir, file, allowOutside) === undefined)
    .map(({ at, file }) => `${at}: ${JSON.stringify(file)} leaves the dossier's folder (refused; --allow-outside permits it)`);
}

/**
 * Applicant-tracking exports give a photo or resume as a link to their storage. vet reads files,
 * never the network for them: say so, rather than "file not found".
 */
export function webAddressError(file: string): string | undefined {
  return /^\s*https?:\/\//i.test(file) ? 'a web address, not a file: vet reads files only (save it beside the dossier or sheet and give its path)' : undefined;
}
