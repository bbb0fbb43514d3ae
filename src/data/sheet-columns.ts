import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const fieldKind = z.enum(['text', 'phones', 'list', 'boolean', 'choice', 'hours', 'country', 'name-part', 'place']);

export const sheetColumnsSchema = ruleEnvelope.extend({
  /** `values`: for a choice, other spellings of the field's values (`Wire` -> bank_transfer). */
  fields: z.record(z.string(), z.object({ kind: fieldKind, aliases: z.array(z.string()), values: z.record(z.string(), z.string()).optional() })),
  /** What a sheet writes in a cell for "no value" (`N/A`, `TBD`): read as an empty cell, case ignored. */
  emptyCells: z.array(z.string()),
  limits: z.object({
    maxFileBytes: z.number().int().positive(),
    maxWorkbookBytes: z.number().int().positive(),
    maxUncompressedBytes: z.number().int().positive(),
    maxCompressionRatio: z.number().positive(),
    ratioCheckAboveBytes: z.number().int().min(0),
    maxZipEntries: z.number().int().positive(),
    maxRows: z.number().int().positive(),
    maxColumns: z.number().int().positive(),
    maxCellChars: z.number().int().positive(),
    maxRowChars: z.number().int().positive(),
  }),
});

export type SheetColumns = z.output<typeof sheetColumnsSchema>;
export type FieldKind = z.output<typeof fieldKind>;
export type SheetLimits = SheetColumns['limits'];

export function sheetColumns(): SheetColumns {
  return loadRule('sheet-columns', sheetColumnsSchema);
}

let noValueWords: { words: Set<string>; longest: number } | undefined;

/**
 * Whether a text says there is no value (`N/A`, `TBD`, `...`: `emptyCells`, case ignored): a sheet's
 * cell and a JSON dossier's string alike. Most values are longer than any of the words: those are
 * never lower-cased and looked up.
 */
export function isNoValue(text: string): boolean {
  if (!noValueWords) {
    const words = new Set(sheetColumns().emptyCells.map((w) => w.toLowerCase()));
    noValueWords = { words, longest: Math.max(0, ...[...words].map((w) => w.length)) };
  }
  return text.length <= noValueWords.longest && noValueWords.words.has(text.toLowerCase());
}
