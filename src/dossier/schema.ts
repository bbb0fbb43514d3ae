// The dossier, format 1, as ../shared/spec/dossier.md defines it. Field names are
// the contract: add optional ones freely, never rename.
// Objects are loose: unknown fields are kept (and reported as warnings by the reader).

import { z } from 'zod';
import { isCountryCode } from '../data/countries.js';
import { countryOf, placeOfLine } from '../util/address.js';
import { CANONICAL_HOURS, hoursOf } from '../util/hours.js';
import { dateOf } from '../util/dates.js';
import { spellingKey, spellingsOf } from './choices.js';

// zod compiles a parser per object schema with new Function on first use: worth it for a long
// run, not for one dossier, where compiling costs more than it saves (about 10 ms of a cold start).
z.config({ jitless: true });

const text = z.string();
const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty string' });

/**
 * ISO 3166-1 alpha-2, any case on input, upper case after parsing. A country written out as people
 * type it (`United States`, `Germany`, `Korea, Republic of`) is read as its code, as a sheet's
 * cell is; a name that could be several countries is refused. UK is read as GB: ISO 3166 reserves
 * it for the United Kingdom at its request, people write it, and kept as is it would not equal GB,
 * the country of every +44 number and British address.
 */
export const countryCode = z
  .string({ error: 'expected ISO 3166 alpha-2 code' })
  .trim()
  .transform((s) => (/^[A-Za-z]{2}$/.test(s) ? (s.toUpperCase() === 'UK' ? 'GB' : s.toUpperCase()) : (countryOf(s) ?? s)))
  .refine((s) => /^[A-Z]{2}$/.test(s) && isCountryCode(s), { error: 'expected ISO 3166 alpha-2 code or a country name' });

/** A date as YYYY, YYYY-MM or YYYY-MM-DD; `15 March 1990`, `03/15/1990` as people write them are read into it (util/dates.ts). */
const dateLike = z
  .string()
  .trim()
  .transform((written) => dateOf(written) ?? written)
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' }));

const isoTimestamp = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
    error: 'expected an ISO 8601 timestamp with offset (2026-01-05T02:14:00+09:00)',
  });

const utcOffset = z
  .string()
  .trim()
  .regex(/^[+-](0\d|1[0-4]):?[0-5]\d$/, { error: 'expected a UTC offset such as +0900 or -05:00' });

/**
 * A count, also as a string the way exports and profile pages write one: `"12"`, `"1,204"`,
 * `"500+"` (LinkedIn shows no more: read as 500, the least it can be), `"1.2k"` (GitHub).
 */
const count = z.preprocess((written) => (typeof written === 'string' ? writtenCount(written) ?? written : written), z.number().int().min(0));

function writtenCount(text: string): number | undefined {
  const plain = /^(\d{1,3}(?:,\d{3})+|\d+)\+?$/.exec(text.trim());
  if (plain) return Number(plain[1].replaceAll(',', ''));
  const scaled = /^(\d+(?:\.\d+)?)\s*([km])\+?$/i.exec(text.trim());
  if (scaled) return Math.round(Number(scaled[1]) * (scaled[2].toLowerCase() === 'k' ? 1_000 : 1_000_000));
  return undefined;
}

/** A list; one value given alone (`"aliases": "J. Ellis"`, `"photos": "me.jpg"`) is a list of one. */
function listOf<T extends z.core.$ZodType>(item: T) {
  return z.preprocess((written) => (written === undefined || Array.isArray(written) ? written : [written]), z.array(item));
}

/**
 * One of `values` (the field at `dotted`), also as people write it: in any case, with spaces or
 * punctuation (`Passport`, `Bank Transfer`, `Driver's License`), or another word for it that
 * rules/sheet-columns.json lists (`Wire`, `USDT`): src/dossier/choices.ts, which sheets read by too.
 * Anything else is refused as written.
 */
function choiceOf<const T extends readonly [string, ...string[]]>(dotted: string, values: T) {
  let spellings: Map<string, string> | undefined;
  return z.preprocess((written) => {
    if (typeof written !== 'string' || (values as readonly string[]).includes(written)) return written;
    spellings ??= spellingsOf(dotted, values);
    return spellings.get(spellingKey(written)) ?? written;
  }, z.enum(values));
}

/** true or false, also written `yes`/`no` or `"true"`/`"false"`, as exports from a sheet do. */
const yesNo = z.preprocess((written) => {
  if (typeof written !== 'string') return written;
  if (/^\s*(true|yes|y)\s*$/i.test(written)) return true;
  if (/^\s*(false|no|n)\s*$/i.test(written)) return false;
  return written;
}, z.boolean());

/** The end of a job: a date, or `present` for one held still (also `Current`, `Now`, `to date`, as resumes write it). */
const jobEnd = z
  .string()
  .trim()
  .transform((written) => (/^(present|current|currently|now|ongoing|to date|today)$/i.test(written) ? 'present' : (dateOf(written) ?? written)))
  .pipe(z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|present)$/, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or "present"' }));

export const structuredAddress = z.looseObject({
  line1: text.optional(),
  line2: text.optional(),
  city: text.optional(),
  region: text.optional(),
  postalCode: z.union([text, z.number().transform(String)]).optional(),
  country: countryCode.optional(),
});

/** An address is either one line of text or a structured object. */
export const address = z.union([nonEmpty, structuredAddress], { error: 'expected an address (one line of text or an object)' });

const locationObject = z.looseObject({
  city: text.optional(),
  region: text.optional(),
  country: countryCode.optional(),
  timezone: nonEmpty.optional(),
}, { error: 'expected a location: an object ({ city, region, country, timezone }) or a place such as "Austin, TX, US"' });

/**
 * Where the candidate lives: an object, or a place in one line as applicant-tracking exports give
 * it (`Austin, TX`, `Berlin, Germany`, `USA`, `Remote - US`), read into city, region and country by
 * the address reader. `Remote` alone says nothing of where: no location. A line that names no
 * place is left out before validation, with a warning (validate.ts); a street address is refused.
 */
const location = z.preprocess((written) => (typeof written === 'string' ? placeOfLine(written) ?? written : written), locationObject);

const availability = z.looseObject({
  timezone: nonEmpty.optional(),
  // `9am-5pm` as a recruiter types it is read as 09:00-17:00; what cannot be read unambiguously is refused.
  hours: z
    .string()
    .trim()
    .transform((written) => hoursOf(written) ?? written)
    .pipe(z.string().regex(CANONICAL_HOURS, { error: 'expected working hours as HH:MM-HH:MM' }))
    .optional(),
});

const addresses = z.looseObject({
  home: address.optional(),
  shipping: address.optional(),
  id: address.optional(),
  shippingChanges: listOf(z.looseObject({ at: dateLike.optional(), address })).optional(),
});

export const PAYMENT_METHODS = ['bank_transfer', 'payoneer', 'paypal', 'wise', 'crypto', 'check', 'other'] as const;

const payment = z.looseObject({
  method: choiceOf('payment.method', PAYMENT_METHODS).optional(),
  accountHolder: text.optional(),
  bankName: text.optional(),
  bankCountry: countryCode.optional(),
  iban: text.optional(),
  swift: text.optional(),
  accountNumber: z.union([text, z.number().transform(String)]).optional(),
  routingNumber: z.union([text, z.number().transform(String)]).optional(),
  cryptoAddress: text.optional(),
  cryptoAsset: text.optional(),
});

const profile = z.union([
  nonEmpty.transform((url) => ({ url })),
  z.looseObject({
    url: nonEmpty,
    createdAt: dateLike.optional(),
    followers: count.optional(),
    connections: count.optional(),
  }),
]);

const workItem = z.looseObject({
  employer: text.optional(),
  title: text.optional(),
  start: dateLike.optional(),
  end: jobEnd.optional(),
  location: text.optional(),
  country: countryCode.optional(),
  fullTime: yesNo.optional(),
});

const educationItem = z.looseObject({
  institution: text.optional(),
  degree: text.optional(),
  start: dateLike.optional(),
  end: dateLike.optional(),
  country: countryCode.optional(),
});

const resume = z.looseObject({
  text: text.optional(),
  file: nonEmpty.optional(),
  workHistory: listOf(workItem).optional(),
  education: listOf(educationItem).optional(),
  skills: listOf(z.looseObject({ name: nonEmpty, years: z.number().min(0).max(80).optional() })).optional(),
});

export const ID_DOCUMENT_TYPES = ['passport', 'drivers_license', 'national_id', 'other'] as const;

const idDocument = z.looseObject({
  type: choiceOf('idDocument.type', ID_DOCUMENT_TYPES).optional(),
  issuingCountry: countryCode.optional(),
  nameOnDocument: text.optional(),
  /** As printed on the document: what clears (or confirms) a sanctions match on the name. */
  dateOfBirth: dateLike.optional(),
  photo: nonEmpty.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

const photo = z.union([
  nonEmpty.transform((path) => ({ path, kind: undefined as string | undefined })),
  z.looseObject({ path: nonEmpty, kind: text.optional() }),
]);

const network = z.looseObject({
  ipAddresses: listOf(nonEmpty).optional(),
  // `"vpn": true` as a log's flag says a VPN without naming it, as "yes" does; false, as "no".
  logins: listOf(z.looseObject({ at: isoTimestamp.optional(), ip: text.optional(), vpn: z.preprocess((v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v), text).optional() })).optional(),
});

const activity = z.looseObject({
  timestamps: listOf(isoTimestamp).optional(),
  commitOffsets: listOf(utcOffset).optional(),
});

const reference = z.looseObject({
  name: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  company: text.optional(),
});

export const LIVENESS = ['passed', 'failed', 'refused'] as const;

const interview = z.looseObject({
  cameraOff: yesNo.optional(),
  liveness: choiceOf('interview.liveness', LIVENESS).optional(),
  refusedInPerson: yesNo.optional(),
  notes: text.optional(),
});

export const dossierSchema = z.looseObject({
  schemaVersion: z.literal(1, { error: 'expected 1 (the only dossier format so far)' }).optional(),
  id: z.union([nonEmpty, z.number().transform(String)]).optional(),
  // `{ "first": "Jordan", "last": "Ellis" }`, as some exports write a name, is `Jordan Ellis`.
  name: z.preprocess(nameInParts, nonEmpty),
  aliases: listOf(nonEmpty).optional(),
  email: nonEmpty.optional(),
  // Several numbers in a list are what a cell with several numbers is: each is read (util/phone phonesIn).
  phone: z.preprocess((written) => (Array.isArray(written) && written.every((p) => typeof p === 'string' || typeof p === 'number') ? written.join('; ') : written), z.union([nonEmpty, z.number().transform(String)], { error: 'expected a phone number, or a list of them' })).optional(),
  location: location.optional(),
  availability: availability.optional(),
  addresses: addresses.optional(),
  payment: payment.optional(),
  profiles: listOf(profile).optional(),
  // A resume given as its text alone.
  resume: z.preprocess((written) => (typeof written === 'string' ? { text: written } : written), resume).optional(),
  idDocument: idDocument.optional(),
  photos: listOf(photo).optional(),
  network: network.optional(),
  activity: activity.optional(),
  references: listOf(reference).optional(),
  source: text.optional(),
  referredBy: text.optional(),
  interview: interview.optional(),
});

/** The words of a name given in parts (first, middle, last; given, family), in that order; anything else as written. */
function nameInParts(written: unknown): unknown {
  if (typeof written !== 'object' || written === null || Array.isArray(written)) return written;
  const parts = written as Record<string, unknown>;
  const keys = ['first', 'given', 'firstName', 'givenName', 'middle', 'middleName', 'last', 'family', 'lastName', 'familyName', 'surname'];
  if (Object.keys(parts).some((k) => !keys.includes(k))) return written;
  const words = keys.map((k) => parts[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return words.length > 0 && words.length === Object.values(parts).filter((v) => v !== undefined && v !== null && v !== '').length ? words.join(' ') : written;
}

export type Dossier = z.output<typeof dossierSchema>;
export type Address = z.output<typeof address>;
export type StructuredAddress = z.output<typeof structuredAddress>;
