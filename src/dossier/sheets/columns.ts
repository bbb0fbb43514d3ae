// Column headers -> dossier fields: dotted paths, aliases from rules/sheet-columns.json, --map overrides.

import { UserError } from '../../errors.js';
import { sheetColumns, type FieldKind } from '../../data/sheet-columns.js';
import { dossierSchema } from '../schema.js';
import { spellingKey } from '../choices.js';

export interface MappedColumn {
  /** Position in the row. */
  at: number;
  header: string;
  /** Dotted dossier path (`addresses.shipping`). */
  field: string;
  kind: FieldKind;
}

export interface ColumnPlan {
  mapped: MappedColumn[];
  /** Columns no field claims: kept for the outputs, never checked. */
  passthrough: { at: number; header: string }[];
  /** Said once per sheet (a second column for a field, ...). */
  warnings: string[];
}

/** `--map "Mobile=phone,Ship To=addresses.shipping"` -> { mobile: 'phone', shipto: 'addresses.shipping' }. */
export function parseColumnMap(spec: string | undefined): Record<string, string> {
  if (spec === undefined || spec.trim() === '') return {};
  const out: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const eq = pair.lastIndexOf('=');
    const header = pair.slice(0, eq).trim();
    const field = pair.slice(eq + 1).trim();
    if (eq <= 0 || header === '' || field === '') throw new UserError(`--map: expected "Column=field,Column=field", got ${JSON.stringify(pair.trim())}`);
    if (!isKnownPath(field)) throw new UserError(`--map: ${JSON.stringify(field)} is not a dossier field (examples: phone, addresses.shipping, location.country)`);
    out[header] = field;
  }
  return out;
}

/** A field a sheet may fill: one the rules list, or any dotted path under a top-level dossier field. */
function isKnownPath(field: string): boolean {
  if (Object.hasOwn(sheetColumns().fields, field)) return true;
  const top = field.split('.')[0];
  return /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(field) && Object.hasOwn(dossierSchema.shape, top);
}

function aliasIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const [field, { aliases }] of Object.entries(sheetColumns().fields)) {
    index.set(spellingKey(field), field);
    for (const alias of aliases) index.set(spellingKey(alias), field);
  }
  return index;
}

function kindOf(field: string): FieldKind {
  return (Object.hasOwn(sheetColumns().fields, field) && sheetColumns().fields[field].kind) || 'text';
}

/** Sheets that split the name: its parts, in the order they are joined. */
export const NAME_PARTS = ['name.given', 'name.middle', 'name.family'];

/** Decides, once per sheet, which column fills which field. */
export function planColumns(headers: string[], map: Record<string, string>, label: string): ColumnPlan {
  const overrides = new Map(Object.entries(map).map(([header, field]) => [spellingKey(header), field]));
  const aliases = aliasIndex();
  const plan: ColumnPlan = { mapped: [], passthrough: [], warnings: [] };
  const claimed = new Map<string, string>();
  /** Columns no field claims (a second column for a field has its own warning). */
  const unread: string[] = [];
  const keys = headers.map(spellingKey);
  const fields = headers.map((header, at) => overrides.get(keys[at]) ?? aliases.get(keys[at]) ?? (header.includes('.') && isKnownPath(header.trim()) ? header.trim() : undefined));
  headers.forEach((header, at) => {
    const key = keys[at];
    const field = isStrayHomePart(fields[at], fields, overrides.has(key)) ? undefined : fields[at];
    if (field === undefined || key === '') {
      plan.passthrough.push({ at, header });
      if (key !== '') unread.push(header);
      return;
    }
    const kind = kindOf(field);
    const earlier = claimed.get(field);
    if (earlier !== undefined && kind !== 'list' && kind !== 'phones') {
      plan.warnings.push(`${label}: columns ${JSON.stringify(earlier)} and ${JSON.stringify(header)} both map to ${field}; the first is read, the second kept as is`);
      plan.passthrough.push({ at, header });
      return;
    }
    claimed.set(field, earlier ?? header);
    plan.mapped.push({ at, header, field, kind });
  });
  streetsOfSplitAddresses(plan, label);
  for (const header of Object.keys(map)) {
    if (!headers.some((h) => spellingKey(h) === spellingKey(header))) {
      throw new UserError(`${label}: --map names column ${JSON.stringify(header)}, which the sheet does not have (columns: ${headers.join(', ')})`);
    }
  }
  if (unread.length > 0) plan.warnings.push(unreadColumnsWarning(unread, label));
  if (!claimed.has('name') && !NAME_PARTS.some((part) => claimed.has(part))) {
    const names = [...sheetColumns().fields.name.aliases].slice(0, 4).join(', ');
    throw new UserError(`${label}: no column for the candidate's name (expected a header such as ${names}, or First Name and Last Name, or --map "Column=name")`);
  }
  return plan;
}

const ADDRESSES = ['addresses.home', 'addresses.shipping', 'addresses.id'];

/**
 * `Zip`, `Address 2` or `Suite` name a part of the home address only beside its street (`Address`,
 * `Address 1`): alone, in a sheet of shipping addresses, a zip may be anyone's, and is left unread
 * as before. `--map` says what a column is, whatever else the sheet has.
 */
function isStrayHomePart(field: string | undefined, fields: (string | undefined)[], mapped: boolean): boolean {
  if (mapped || !field?.startsWith('addresses.home.') || field === 'addresses.home.line1') return false;
  return !fields.some((f) => f === 'addresses.home' || f === 'addresses.home.line1');
}

/**
 * A sheet that splits an address into columns (`Address`, `Address 2`, `Zip`; `Ship To`, `Ship To
 * City`, `Ship To Zip`) writes its street under the header that names the whole address: that
 * column is the first line, and the parts make one structured address with it. Read whole, it
 * met its own parts as a conflict on every row.
 */
function streetsOfSplitAddresses(plan: ColumnPlan, label: string): void {
  for (const whole of plan.mapped.filter((c) => ADDRESSES.includes(c.field))) {
    const parts = plan.mapped.filter((c) => c.field.startsWith(`${whole.field}.`));
    if (parts.length === 0) continue;
    const line1 = parts.find((c) => c.field === `${whole.field}.line1`);
    if (line1 === undefined) {
      whole.field = `${whole.field}.line1`;
      continue;
    }
    plan.warnings.push(`${label}: columns ${JSON.stringify(whole.header)} and ${JSON.stringify(line1.header)} both give the street of ${whole.field}; the second is read, the first kept as is`);
    plan.mapped.splice(plan.mapped.indexOf(whole), 1);
    plan.passthrough.push({ at: whole.at, header: whole.header });
    plan.passthrough.sort((a, b) => a.at - b.at);
  }
}

/**
 * Said once per sheet: a column the rules do not know (`Account #`, `Last Login IP`) is not
 * checked, and a link it would show (one account for several names) is missed without a word.
 */
function unreadColumnsWarning(headers: string[], label: string): string {
  const SHOWN = 12;
  const listed = headers.slice(0, SHOWN).map((h) => JSON.stringify(h)).join(', ');
  const more = headers.length > SHOWN ? ` and ${headers.length - SHOWN} more` : '';
  const what = headers.length === 1 ? `column ${listed} not read as a dossier field` : `columns ${listed}${more} not read as dossier fields`;
  return `${label}: ${what}, only copied to the output (read one with --map "Column=field")`;
}

