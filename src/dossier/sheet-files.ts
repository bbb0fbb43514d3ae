// Which inputs are sheets of candidates, by their file name: for the choices made before a sheet
// is opened (a progress display, the number of threads). Reading picks its reader in ./inputs.ts.

const SHEET = /\.(csv|tsv|xlsx)$/i;

export function isSheetFile(file: string): boolean {
  return SHEET.test(file);
}
