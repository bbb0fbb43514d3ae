// One sheet row -> one dossier, validated like a JSON file; every failure names the row and the column.

import type { LoadedDossier, Origin, Rejected } from '../../types.js';
import { validateDossier } from '../validate.js';
import { pathsOutside } from '../paths.js';
import { NAME_PARTS, type ColumnPlan, type MappedColumn } from './columns.js';
import { isNoValue, sheetColumns } from '../../data/sheet-columns.js';
import { isScientificNotation } from '../../util/rounded-number.js';
import { clean } from '../../util/sanitize.js';
import { countryOf, placeOfLine, type ClaimedPlace } from '../../util/address.js';
import { givesNoTimeOfDay } from '../../util/hours.js';

export interface SheetContext {
  /** Sheet name in messages: `candidates.csv` or `book.xlsx[Contractors]`. */
  label: string;
  file: string;
  baseDir: string;
  header: string[];
  plan: ColumnPlan;
  allowOutside: boolean;
  /** Keep the row's cells in its origin: a 100,000-row sheet's text stays in memory only when an output writes it back. */
  sheetRows: boolean;
  /** The reader's warnings about the whole sheet (a workbook's), given with its first dossier. */
  warnings?: string[];
  /** Warnings already given for this sheet: each is said once, not once per row. */
  said: Set<string>;
}

/** Where a row was read, with its cells when an output writes the sheet back. */
function rowOrigin(cells: string[], row: number, sheet: SheetContext): Origin {
  return {
    label: `${sheet.label}:${row}`,
    file: sheet.file,
    baseDir: sheet.baseDir,
    row,
    passthrough: passthroughOf(cells, sheet),
    ...(sheet.sheetRows && { sheetRow: { sheet: sheet.label, header: sheet.header, cells } }),
  };
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', '']);

/** Cells of one row (already strings) -> a dossier or the reason it cannot be one. */
export function rowToDossier(cells: string[], row: number, index: number, sheet: SheetContext): LoadedDossier | Rejected {
  const origin = rowOrigin(cells, row, sheet);
  const reject = (message: string): Rejected => ({ origin, index, message: `${origin.label}: ${message}` });

  if (cells.length > sheet.header.length && cells.slice(sheet.header.length).some((c) => c.trim() !== '')) {
    return reject(`row has ${cells.length} cells but the header has ${sheet.header.length} columns (a stray delimiter or an unquoted value?)`);
  }
  const built = buildObject(cells, sheet.plan.mapped);
  if ('error' in built) return reject(built.error);

  const validation = validateDossier(built.value);
  if (!validation.ok) return reject(validation.errors.map((e) => withColumn(e, sheet.plan.mapped)).join('; '));
  const outside = pathsOutside(validation.dossier, sheet.baseDir, sheet.allowOutside);
  if (outside.length > 0) return reject(outside.map((e) => withColumn(e, sheet.plan.mapped)).join('; '));
  // Said with a row that is read: a refused row's warnings are never shown.
  const cellWarnings = [
    ...built.rounded.flatMap((column) => roundedWarning(column, row, sheet)),
    ...built.noHours.flatMap((column) => noHoursWarning(column, cells, row, sheet)),
    ...built.noPlace.flatMap((column) => noPlaceWarning(column, cells, row, sheet)),
  ];

  const warnings = [...(sheet.warnings ?? []), ...sheet.plan.warnings, ...cellWarnings, ...validation.warnings.map((w) => `${sheet.label}: ${withColumn(w, sheet.plan.mapped)}`)].filter((w) => {
    if (sheet.said.has(w)) return false;
    sheet.said.add(w);
    return true;
  });
  return { dossier: validation.dossier, origin, index, warnings };
}

function passthroughOf(cells: string[], sheet: SheetContext): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const { at, header } of sheet.plan.passthrough) if (cells[at]) out[header] = cells[at];
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `rounded`: the text columns whose cell this row holds in scientific notation; `noHours`: the
 * hours columns whose cell says no hours at all (`Flexible`). Neither is read.
 */
type Built = { value: Record<string, unknown>; rounded: MappedColumn[]; noHours: MappedColumn[]; noPlace: MappedColumn[] } | { error: string };

function buildObject(cells: string[], columns: MappedColumn[]): Built {
  const value: Record<string, unknown> = {};
  const rounded: MappedColumn[] = [];
  const noHours: MappedColumn[] = [];
  const noPlace: MappedColumn[] = [];
  const places: [MappedColumn, ClaimedPlace][] = [];
  for (const column of columns) {
    const cell = cellText(cells, column.at);
    if (cell === '' || column.kind === 'name-part') continue;
    if (holdsText(column) && isScientificNotation(cell)) {
      rounded.push(column);
      continue;
    }
    // `Flexible`, `Full-time`: an answer, but no window of the day to judge; a time that cannot be read is still refused.
    if (column.kind === 'hours' && givesNoTimeOfDay(cell)) {
      noHours.push(column);
      continue;
    }
    if (column.kind === 'place') {
      const found = placeOfLine(cell);
      if (found) places.push([column, found]);
      else noPlace.push(column);
      continue;
    }
    const converted = convert(withoutFloatZeros(cell, column), column);
    const placed = place(value, fieldFor(column, cell), converted, column.kind);
    if (placed) return { error: `column ${JSON.stringify(column.header)} (${column.field}): ${placed}` };
  }
  // After every column: a City, State or Country column says more than a one-line location.
  for (const [column, found] of places) {
    const error = placeParts(value, found);
    if (error) return { error: `column ${JSON.stringify(column.header)} (${column.field}): ${error}` };
  }
  const named = value.name === undefined ? withNameFromParts(value, cells, columns) : { value };
  return 'error' in named ? named : { ...named, rounded, noHours, noPlace };
}

/**
 * The parts of a one-line location that no column of their own gave, when those that were given
 * agree with it: `Austin, TX` beside a City column saying `Phoenix` is left unread, not mixed
 * into a `Phoenix, TX`.
 */
function placeParts(value: Record<string, unknown>, found: ClaimedPlace): string | undefined {
  const given = value.location;
  if (given !== undefined && (typeof given !== 'object' || given === null)) return 'location is already given as one value by another column';
  const location = (given ?? {}) as Record<string, unknown>;
  const parts = Object.entries(found) as [keyof ClaimedPlace, string][];
  const agrees = parts.every(([part, text]) => {
    const other = location[part];
    if (typeof other !== 'string') return true;
    return part === 'country' ? (countryOf(other) ?? other.toUpperCase()) === text : other.trim().toLowerCase() === text.toLowerCase();
  });
  if (!agrees) return undefined;
  for (const [part, text] of parts) if (location[part] === undefined) location[part] = text;
  if (Object.keys(location).length > 0) value.location = location;
  return undefined;
}

/** Columns of text as typed (not lists, choices or hours): where a number a tool mangled shows up. */
function holdsText(column: MappedColumn): boolean {
  return column.kind === 'text' || column.kind === 'phones';
}

/**
 * A phone or account number saved by a spreadsheet as `1.51222E+10` kept six digits (and one of 16
 * digits or more in a workbook's number cell, fifteen): read as it is, different numbers would
 * link as one and a phone would be judged on digits it never had.
 * The cell is left unread, as if empty, and the first row of each column holding one is named
 * (not the value: six digits of an account are still the candidate's).
 */
function roundedWarning(column: MappedColumn, row: number, sheet: SheetContext): string[] {
  return onceForColumn(sheet, 'rounded', column, `holds numbers a spreadsheet rounded (the first in row ${row}): in scientific notation, as a long number in a General cell is saved, or longer than the 15 digits a number cell keeps. Their last digits are lost, so those cells are not read (format the column as Text and enter or export them again)`);
}

/** As `roundedWarning`: an hours cell that gives no time of day is not read. */
function noHoursWarning(column: MappedColumn, cells: string[], row: number, sheet: SheetContext): string[] {
  const first = JSON.stringify(clean(cellText(cells, column.at)).slice(0, 40));
  return onceForColumn(sheet, 'no-hours', column, `holds text with no time of day in it (the first in row ${row}: ${first}): those cells are not read as working hours`);
}

/** As `roundedWarning`: a location cell that names no place is not read. */
function noPlaceWarning(column: MappedColumn, cells: string[], row: number, sheet: SheetContext): string[] {
  const first = JSON.stringify(clean(cellText(cells, column.at)).slice(0, 40));
  return onceForColumn(sheet, 'no-place', column, `holds text that names no place (the first in row ${row}: ${first}): those cells are not read as the candidate's location`);
}

/** A warning about a column's cells, said once per sheet: `what` follows `column "Header"`. */
function onceForColumn(sheet: SheetContext, kind: string, column: MappedColumn, what: string): string[] {
  const said = `${kind}:${column.at}`;
  if (sheet.said.has(said)) return [];
  sheet.said.add(said);
  return [`${sheet.label}: column ${JSON.stringify(column.header)} ${what}`];
}

/**
 * `15125550147.0`, `78701.0`: a number column written by a data tool that read it as a float
 * (pandas writes a column of integers with a gap in it so). The `.0` is not the value's: a phone
 * would gain a digit, an account another number.
 */
function withoutFloatZeros(cell: string, column: MappedColumn): string {
  return holdsText(column) && FLOAT_ZEROS.test(cell) ? cell.slice(0, cell.indexOf('.')) : cell;
}

const FLOAT_ZEROS = /^\d+\.0+$/;

/**
 * Where a cell goes: its column's field, except a `Resume` cell that names a file or a link
 * (`resumes/ann-lee.pdf`, as applicant-tracking exports give it), which is the resume file, not
 * its text.
 */
function fieldFor(column: MappedColumn, cell: string): string {
  return column.field === 'resume.text' && RESUME_FILE.test(cell) ? 'resume.file' : column.field;
}

const RESUME_FILE = /^(?:https?:\/\/\S+|[^\n]{1,255}\.(?:pdf|docx?|txt|md|rtf|odt))$/i;

/** A cell's text, trimmed; empty when it says there is no value (`N/A`, `TBD`: rules/sheet-columns.json). */
function cellText(cells: string[], at: number): string {
  const cell = (cells[at] ?? '').trim();
  return isNoValue(cell) ? '' : cell;
}

/** `First Name` + `Last Name` (+ `Middle Name`) -> name, given, middle, family, whatever order the columns are in. */
function withNameFromParts(value: Record<string, unknown>, cells: string[], columns: MappedColumn[]): { value: Record<string, unknown> } | { error: string } {
  const parts = columns.filter((c) => c.kind === 'name-part');
  if (parts.length === 0) return { value };
  const name = NAME_PARTS.flatMap((field) => parts.filter((c) => c.field === field).map((c) => cellText(cells, c.at)))
    .filter((part) => part !== '')
    .join(' ');
  if (name === '') return { error: `no name: ${parts.map((c) => JSON.stringify(c.header)).join(' and ')} ${parts.length > 1 ? 'are' : 'is'} empty` };
  return { value: { ...value, name } };
}

/** A cell as the field's value. What cannot be read stays as typed, so validation says what was expected. */
function convert(cell: string, column: MappedColumn): unknown {
  switch (column.kind) {
    case 'list':
      // `;` and new lines part any list; a comma only before a link or an IPv4 address, since a
      // name in a list may hold one (`Lee, Ann`).
      return cell.split(/[;\r\n]+|,\s*(?=https?:\/\/|www\.|\d{1,3}(?:\.\d{1,3}){3}\b)/i).map((s) => s.trim()).filter((s) => s !== '');
    case 'boolean': {
      const lower = cell.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : cell;
    }
    default:
      // Choices (`Bank Transfer`), hours (`9am-5pm`) and countries (`USA`) are read by the schema,
      // as a JSON dossier's are (dossier/choices.ts, util/hours.ts, util/address.ts's countryOf).
      return cell;
  }
}

/**
 * Sets `value` at a dotted path; lists from several columns are concatenated, and so are phones
 * (`Home Phone`, `Mobile Phone`: `+1 ... / +1 ...`, read number by number). Returns an error, or nothing.
 */
function place(target: Record<string, unknown>, dotted: string, value: unknown, kind: MappedColumn['kind']): string | undefined {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined) node = node[key] = {};
    else if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>;
    else return `${key} is already given as one value by another column, so it cannot also have parts`;
  }
  const last = keys[keys.length - 1];
  const existing = node[last];
  if (kind === 'list' && Array.isArray(existing) && Array.isArray(value)) node[last] = [...existing, ...value];
  else if (kind === 'phones' && typeof existing === 'string' && existing !== value) node[last] = `${existing} / ${value as string}`;
  else if (existing !== undefined && typeof existing === 'object') return `${last} is already given in parts by other columns`;
  else node[last] = value;
  return undefined;
}

/** `$.location.country: expected ...` -> `column "Country" (location.country): expected ...`. */
export function withColumn(message: string, columns: MappedColumn[]): string {
  const split = message.indexOf(': ');
  if (!message.startsWith('$') || split < 0) return message;
  const jsonPathOf = message.slice(0, split);
  const dotted = jsonPathOf.replace(/^\$\.?/, '').replace(/\[\d+\]/g, '');
  const column = [...columns].sort((a, b) => b.field.length - a.field.length).find((c) => dotted === c.field || dotted.startsWith(`${c.field}.`));
  if (!column) return message;
  return `column ${JSON.stringify(column.header)} (${jsonPathOf}): ${message.slice(split + 2)}`;
}
