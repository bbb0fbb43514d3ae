// Turns zod issues into the one-line messages the spec promises:
// `$.location.country: expected ISO 3166 alpha-2 code, got 42`.

import type { z } from 'zod';
import { dossierSchema, type Dossier } from './schema.js';
import { clean } from '../util/sanitize.js';
import { jsonPath } from '../util/json-path.js';
import { isNoValue } from '../data/sheet-columns.js';
import { placeOfLine } from '../util/address.js';
import { givesNoTimeOfDay } from '../util/hours.js';

export type Validation = { ok: true; dossier: Dossier; warnings: string[] } | { ok: false; errors: string[] };

export function validateDossier(input: unknown): Validation {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [`$: expected a dossier object, got ${describe(input)}`] };
  }
  const { dossier: given, unread } = withoutUnreadableText(withoutEmptyValues(input as Record<string, unknown>));
  const parsed = dossierSchema.safeParse(given, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(formatIssue) };
  return { ok: true, dossier: parsed.data, warnings: [...unread, ...unknownFields(dossierSchema, given, [], []).map((p) => `${p}: unknown field, kept`)] };
}

/**
 * Text that answers without the value a sheet's cell would be left unread for, with a warning: a
 * JSON dossier's is left unread the same way, not refused. `"hours": "Flexible"` gives no time of
 * day (a time that cannot be read, `25:00-9`, is still refused); `"location": "Greater Seattle
 * Area"` names no place the address reader knows.
 */
function withoutUnreadableText(dossier: Record<string, unknown>): { dossier: Record<string, unknown>; unread: string[] } {
  let out = dossier;
  const unread: string[] = [];
  const availability = dossier.availability;
  const hours = typeof availability === 'object' && availability !== null ? (availability as Record<string, unknown>).hours : undefined;
  if (typeof hours === 'string' && givesNoTimeOfDay(hours)) {
    out = { ...out, availability: without(availability as Record<string, unknown>, 'hours') };
    unread.push(`$.availability.hours: ${JSON.stringify(clean(hours).slice(0, 40))} gives no time of day, not read as working hours`);
  }
  if (typeof dossier.location === 'string' && placeOfLine(dossier.location) === undefined && !/\d/.test(dossier.location)) {
    out = without(out, 'location');
    unread.push(`$.location: ${JSON.stringify(clean(dossier.location).slice(0, 40))} names no place vet can read, not read as the candidate's location`);
  }
  return { dossier: out, unread };
}

/** A copy of `record` without `key`. */
function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * `"email": null`, `"phone": ""`, `"iban": "N/A"`: how exports write a value they do not have. Such a field is
 * absent, as an empty cell of a sheet is (a required one is then missing, and said so); so are
 * such elements of a list. Objects and lists are copied only where something is dropped.
 */
function withoutEmptyValues<T>(value: T): T {
  if (Array.isArray(value)) {
    const kept = value.filter((v) => !isEmptyValue(v)).map(withoutEmptyValues);
    return (kept.length === value.length && kept.every((v, i) => v === value[i]) ? value : kept) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(value)) {
    const kept = isEmptyValue(field) ? undefined : withoutEmptyValues(field);
    if (kept === field) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    if (kept === undefined) delete copy[key];
    else copy[key] = kept;
  }
  return (copy ?? value) as T;
}

/** `null`, `""`, and what people write for no value (`N/A`, `TBD`, `...`, as a sheet's cell may say it). */
function isEmptyValue(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === '' || isNoValue(text);
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = jsonPath(issue.path);
  // `"home": { "line1": 5 }` is an address object with a wrong line, not "no address": the form the value took says what went wrong.
  const within = issue.code === 'invalid_union' ? issuesOfMatchingForm(issue) : undefined;
  if (within) return within.map((inner) => formatIssue({ ...inner, path: [...issue.path, ...inner.path] })).join('; ');
  const got = 'input' in issue ? `, got ${describe(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${where}: required field is missing (expected ${issue.expected})`;
      // A schema's own wording ("expected ISO 3166 alpha-2 code") beats zod's generic one.
      return issue.message.startsWith('Invalid input') ? `${where}: expected ${issue.expected}${got}` : `${where}: ${issue.message}${got}`;
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}${got}`;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'invalid_union':
    case 'custom':
      return `${where}: ${lowerFirst(issue.message)}${got}`;
    default:
      return `${where}: ${lowerFirst(issue.message)}`;
  }
}

/**
 * The issues of the one form of a union (text or object) that the value has: the forms whose
 * issues do not reject the value's type outright. Undefined when none or several have it.
 */
function issuesOfMatchingForm(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  const matching = issue.errors.filter((inner) => inner.length > 0 && !inner.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  return matching.length === 1 ? matching[0] : undefined;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A short, safe rendering of a wrong value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(clean(shown));
  }
  return String(value);
}

type AnySchema = z.core.$ZodType;

/**
 * Paths of fields the schema does not name: kept, but worth a warning (often a typo). The path
 * is a stack of keys, written out only for an unknown field: a sheet validates every row.
 */
function unknownFields(schema: AnySchema, value: unknown, path: PropertyKey[], out: string[]): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return unknownFields(def.innerType as AnySchema, value, path, out);
    case 'pipe': {
      // A value read first (`listOf`, `choiceOf`: a transform in front) is checked by the schema behind it.
      const first = def.in as AnySchema;
      return unknownFields((first._zod.def as { type: string }).type === 'transform' ? (def.out as AnySchema) : first, value, path, out);
    }
    case 'union': {
      const options = def.options as AnySchema[];
      const objectOption = options.find((o) => (o._zod.def as { type: string }).type === 'object');
      return objectOption && isPlainObject(value) ? unknownFields(objectOption, value, path, out) : out;
    }
    case 'array': {
      // One value given alone is read as a list of one (`listOf` in the schema).
      const items = Array.isArray(value) ? value : [value];
      for (let i = 0; i < items.length; i++) {
        path.push(i);
        unknownFields(def.element as AnySchema, items[i], path, out);
        path.pop();
      }
      return out;
    }
    case 'object': {
      if (!isPlainObject(value)) return out;
      const shape = def.shape as Record<string, AnySchema>;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        if (Object.hasOwn(shape, key)) unknownFields(shape[key], value[key], path, out);
        else out.push(jsonPath(path));
        path.pop();
      }
      return out;
    }
    default:
      return out;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
