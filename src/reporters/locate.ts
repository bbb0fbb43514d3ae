// Where a finding is, for the CI formats: the dossier file, and the line of the field when known.

import type { Origin } from '../types.js';

export interface Place {
  /** Path as given on the command line, with forward slashes and no leading `./`. */
  file: string;
  /** 1-based line: the field's line in a JSON dossier, the row's line in a sheet. */
  line?: number;
}

/**
 * The line of `path` in the dossier's file; when the field itself was not mapped (a value
 * built from several), the nearest parent that was. Sheet rows sit one line below the header.
 */
export function placeOf(origin: Origin | undefined, source: string, path?: string): Place {
  if (!origin) return { file: normaliseFile(source) };
  const file = normaliseFile(origin.file);
  if (origin.row !== undefined) return { file, line: origin.row + 1 };
  if (!origin.lines) return { file };
  for (let at = path; at; at = parentPath(at)) {
    const line = origin.lines[at];
    if (line !== undefined) return { file, line };
  }
  return { file };
}

/** `$.a.b[2]` -> `$.a.b` -> `$.a` -> `$` -> undefined. */
function parentPath(path: string): string | undefined {
  if (path === '$') return undefined;
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '$' : path.slice(0, cut);
}

export function normaliseFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
