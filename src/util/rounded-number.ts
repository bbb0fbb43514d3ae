// A long number as a spreadsheet shows it in a General cell, and saves it in a CSV: `1.51222E+10`
// for the phone 15122000000, `1.23457E+11` for the account 123456789012. Six significant digits
// are left; the rest are gone, so two different accounts or phones save as the same text.

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E[+-]\d+$/i;

/** True for `1.51222E+10`, `1,23457E+11` (a decimal comma), `1E+05`; false for `E14 5AB`, `12E` or an id like `3E14` (a spreadsheet always writes the exponent's sign). */
export function isScientificNotation(value: string): boolean {
  return SCIENTIFIC.test(value.trim());
}
