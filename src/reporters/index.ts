// Every output format, one map: `--format` choices come from its keys.

import type { Reporter, RunReport } from '../types.js';
import { csv, csvPieces } from './csv.js';
import { github } from './github.js';
import { json, jsonPieces } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export const reporters: Record<string, Reporter> = { csv, github, json, junit, markdown, sarif, text };

/**
 * Formats whose reporter is imported on first use: only `--format html` pays for the page builder
 * and the facts behind it, only `--format xlsx` for the zip writer (and node:zlib) at start-up.
 */
export const lazyReporters: Record<string, () => Promise<Reporter>> = {
  html: async () => (await import('./html.js')).html,
  xlsx: async () => (await import('./xlsx.js')).xlsx,
};

/**
 * Formats that can be written a piece at a time (the same text as their reporter's): a report of
 * 100,000 candidates is never one string.
 */
export const pieceReporters: Record<string, () => Promise<(report: RunReport) => Iterable<string | Uint8Array>>> = {
  csv: async () => csvPieces,
  json: async () => jsonPieces,
  xlsx: async () => (await import('./xlsx.js')).xlsxPieces,
};

/** Formats that give the input sheet back: only they need each row's cells kept until the end. */
export const sheetFormats = ['csv', 'xlsx'];

export const formats = [...Object.keys(reporters), ...Object.keys(lazyReporters)].sort();

