// The values of a field with a fixed set (payment.method, idDocument.type, interview.liveness) as
// people write them: the value itself in any case, with spaces, hyphens or punctuation (`Bank
// Transfer`, `drivers-license`), and the other words rules/sheet-columns.json lists for it (`Wire`,
// `Zelle`, `USDT`). One reading for a JSON dossier and a sheet's cell alike.

import { sheetColumns } from '../data/sheet-columns.js';

/**
 * `Bank Transfer`, `bank-transfer`, `BANK_TRANSFER` -> `banktransfer`: what tells spellings apart
 * is gone. Sheet headers match their fields the same way (`Ship To`, `ship-to`, `SHIP_TO`).
 */
export function spellingKey(written: string): string {
  return written.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Each spelling's key -> the field's value, for the field at `dotted` whose values are `values`. */
export function spellingsOf(dotted: string, values: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const value of values) spellings.set(spellingKey(value), value);
  const fields = sheetColumns().fields;
  if (Object.hasOwn(fields, dotted)) for (const [spelling, value] of Object.entries(fields[dotted].values ?? {})) spellings.set(spellingKey(spelling), value);
  return spellings;
}
