// Postal addresses, parsed by hand and normalised so that two spellings of one place compare equal.
// Abbreviations (USPS Publication 28) are data in rules/address-abbreviations.json.
// No JS library parses free-form addresses well; this one handles the shapes a recruiter's
// sheet holds: "street[, unit][, city][, region postal][, country]", or the structured form.

import type { Address } from '../dossier/schema.js';
import { addressAbbreviations, type AddressAbbreviations } from '../data/address-abbreviations.js';
import { maskAddress } from './mask.js';
import { countriesByName, isCountryCode } from '../data/countries.js';
import { recentValues } from './recent.js';
import { foldText } from '../names/normalize.js';

export interface ParsedAddress {
  /** House number and street, lower case, USPS abbreviations: `1200 example rd`, `po box 77`. */
  street?: string;
  /** Secondary unit, lower case, standard designator: `ste 4`, `apt 2b`, `# 4`, `fl 3`. */
  unit?: string;
  /** Private mailbox number at a commercial mail-receiving agency: `pmb 123`. */
  pmb?: string;
  /** True when the street line is a post-office box. */
  poBox: boolean;
  /** Lines that are neither street nor unit (`c/o ...`, `attn ...`, a company name), upper case. */
  otherLines: string[];
  /** City in title case, `Saint` written `St`: `Phoenix`, `St Louis`. */
  city?: string;
  /** Region code when known (`AZ`, `ON`), otherwise the region as written, upper case. */
  region?: string;
  /** Postal code: US ZIP as 5 digits, others upper case with single spaces. */
  postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** What a person reads: `Phoenix, AZ 85001, US`. */
  place: string;
  /** The whole input, upper case, punctuation collapsed: what marker checks search. */
  text: string;
}

/** Designators that say the same thing: `#4`, `Apt 4`, `Suite 4` and `Unit 4` are all "unit 4" for comparison. */
const INTERCHANGEABLE_UNITS = new Set(['#', 'APT', 'STE', 'UNIT']);
/** Units that need no number (USPS Appendix C2). */
const STANDALONE_UNITS = new Set(['BSMT', 'LBBY', 'PH']);
const CARE_OF = /^(C\/O|C O|CO|CARE OF|ATTN|ATTENTION|FAO)\b/;

type Tokens = string[];

export function parseAddress(a: Address, defaultCountry?: string): ParsedAddress {
  // Several checks, the links and the history read the same addresses: parse each once.
  return parsedAddresses(defaultCountry ?? '', typeof a === 'string' ? a : JSON.stringify(a), () => parseOnce(a, defaultCountry));
}

const parsedAddresses = recentValues<ParsedAddress>();

function parseOnce(a: Address, defaultCountry?: string): ParsedAddress {
  const abbr = addressAbbreviations();
  const fields = typeof a === 'string' || onlyLines(a) ? fromOneLine(oneLine(a), abbr) : fromStructured(a, abbr);
  fields.country ??= inferCountry(fields, abbr) ?? defaultCountry?.toUpperCase();
  if (fields.country === 'US' && fields.postalCode) fields.postalCode = usZip(fields.postalCode) ?? fields.postalCode;
  postcodeBeforeCity(fields, abbr);
  return { ...fields, place: placeOf(fields) };
}

/**
 * `75002 Paris`, `28013 Madrid`: most of Europe writes the postal code before the city. When the
 * address does not name its country, the place is peeled before the candidate's country is known,
 * and the code stays in the city (`75002 Paris`) or, written without commas, in the street
 * (`12 rue de la paix 75002 paris`): the two spellings of one address made two keys. Read again
 * here, for a country whose code comes first, when nothing else was found for the place.
 */
function postcodeBeforeCity(fields: Fields, abbr: AddressAbbreviations): void {
  if (!hasNumericCodes(fields.country) || fields.postalCode || fields.region) return;
  // The code as NUMERIC_CODE reads it, then words; or after the city, as in `Makati 1226`.
  const inCity = fields.city && /^(\d{4,6}) (\D+)$/.exec(fields.city);
  if (inCity) {
    fields.postalCode = inCity[1];
    fields.city = inCity[2];
    return;
  }
  const afterCity = fields.city && /^(\D+) (\d{4,6})$/.exec(fields.city);
  if (afterCity) {
    fields.city = afterCity[1];
    fields.postalCode = afterCity[2];
    return;
  }
  // The street keeps its house number: the code is a later number, followed by words only.
  const inStreet = !fields.city && fields.street && /^(.+) (\d{4,6}) (\D+)$/.exec(fields.street);
  if (inStreet && /\D/.test(inStreet[1])) {
    fields.street = inStreet[1];
    fields.postalCode = inStreet[2];
    fields.city = cityOf(tokenize(inStreet[3]), abbr);
  }
}

/** Where the candidate says they live (`location`). */
export interface ClaimedPlace {
  city?: string;
  region?: string;
  country?: string;
}

/**
 * The home address, in the candidate's claimed city when it names no place of its own: a sheet
 * with Address, City and State columns gives `100 Main St` as the address and the city as the
 * location, and `100 Main St` alone is a street in every town (read alone, it linked strangers
 * from three states as one house). An address naming another country is left as written.
 */
export function homeAddressIn(home: Address, location: ClaimedPlace | undefined): Address {
  if (!location?.city) return home;
  const parsed = parseAddress(home, location.country);
  const claimedCountry = location.country?.toUpperCase();
  if (parsed.city || parsed.postalCode || (parsed.country && claimedCountry && parsed.country !== claimedCountry)) return home;
  const given = typeof home === 'string' ? { line1: home } : home;
  return { ...given, city: location.city, region: given.region ?? location.region, country: given.country ?? claimedCountry };
}

/**
 * A canonical string for an address: `country|area|street|unit`, lower case, where `area` is the
 * postal code without spaces when known, otherwise `region city`, and `unit` is the unit number
 * (designator dropped for #/Apt/Ste/Unit, kept for floors, rooms, ...) followed by `pmb N` if any.
 * Example: `us|85001|1200 example rd|4`. Two spellings of one address give one key; an address
 * written once with and once without its postal code gives two (`addressKeys` gives both, and
 * `sameAddress` compares them).
 */
export function addressKey(a: Address, defaultCountry?: string): string {
  return keyOf(parseAddress(a, defaultCountry));
}

/**
 * Every key of an address: `keyOf`, and for one that gives both a postal code and a city, also the
 * key by city, which the same address written without its postal code has. Equal keys are one
 * address; matching on any of them links `..., Tulsa, OK 74106` with `..., Tulsa OK`.
 */
export function addressKeys(p: ParsedAddress): string[] {
  const primary = keyOf(p);
  return p.postalCode && p.city ? [primary, keyIn(p, cityArea(p))] : [primary];
}

export function keyOf(p: ParsedAddress): string {
  return keyIn(p, p.postalCode ? postalOf(p)! : cityArea(p));
}

function cityArea(p: ParsedAddress): string {
  return [p.region, p.city].filter(Boolean).join(' ');
}

function keyIn(p: ParsedAddress, area: string): string {
  const unit = [unitNumber(p.unit), p.pmb].filter(Boolean).join(' ');
  return [p.country ?? '', area, p.street ?? '', unit].join('|').toLowerCase();
}

export type AddressComparison = 'same' | 'different' | 'unknown';

/**
 * Same street, compatible unit, and no conflict in city, region, postal code or country.
 * A unit on one side only is not a conflict (people leave it out); two different units are.
 * Without a street on either side the addresses cannot be told apart: 'unknown'.
 */
export function compareAddresses(a: ParsedAddress, b: ParsedAddress): AddressComparison {
  if (conflict(a.country, b.country) || conflict(a.region, b.region)) return 'different';
  if (conflict(postalOf(a), postalOf(b))) return 'different';
  if (a.postalCode === undefined || postalOf(a) !== postalOf(b)) {
    if (conflict(a.city?.toUpperCase(), b.city?.toUpperCase())) return 'different';
  }
  if (!a.street || !b.street) return 'unknown';
  if (a.street !== b.street) return 'different';
  if (conflict(unitNumber(a.unit), unitNumber(b.unit)) || conflict(a.pmb, b.pmb)) return 'different';
  return 'same';
}

/** A postal code as compared: `M5V 2T6` is `M5V2T6`. */
function postalOf(p: Pick<ParsedAddress, 'postalCode'>): string | undefined {
  return p.postalCode?.replace(/\s+/g, '').toUpperCase();
}

export function sameAddress(a: Address, b: Address, defaultCountry?: string): boolean {
  return compareAddresses(parseAddress(a, defaultCountry), parseAddress(b, defaultCountry)) === 'same';
}

/** How far apart two places are, as far as the written addresses tell. */
export type PlaceRelation = 'same-city' | 'same-region' | 'same-country' | 'other-city' | 'other-region' | 'other-country' | 'unknown';

export function placeRelation(a: Pick<ParsedAddress, 'city' | 'region' | 'postalCode' | 'country'>, b: Pick<ParsedAddress, 'city' | 'region' | 'postalCode' | 'country'>): PlaceRelation {
  if (conflict(a.country, b.country)) return 'other-country';
  if (conflict(a.region, b.region)) return 'other-region';
  if (a.postalCode !== undefined && postalOf(a) === postalOf(b)) return 'same-city';
  if (a.city && b.city) {
    if (a.city.toUpperCase() === b.city.toUpperCase()) return 'same-city';
    return a.region && a.region === b.region ? 'same-region' : 'other-city';
  }
  if (a.region && a.region === b.region) return 'same-region';
  if (a.country && a.country === b.country) return 'same-country';
  return 'unknown';
}

/** Street hidden, place kept: `••• Phoenix, AZ 85001, US`. */
export function maskedAddress(a: Address | ParsedAddress, defaultCountry?: string): string {
  const p = isParsed(a) ? a : parseAddress(a, defaultCountry);
  const hidden = p.street ?? p.unit ?? p.pmb ?? (p.otherLines.length > 0 ? 'line' : undefined);
  return maskAddress({ street: hidden, place: p.place || 'address without a place' });
}

function isParsed(a: Address | ParsedAddress): a is ParsedAddress {
  return typeof a === 'object' && 'place' in a && 'text' in a;
}

type Fields = Omit<ParsedAddress, 'place'>;
type Structured = Exclude<Address, string>;

function onlyLines(a: Structured): boolean {
  return a.city === undefined && a.region === undefined && a.postalCode === undefined && a.country === undefined;
}

function oneLine(a: Address): string {
  return typeof a === 'string' ? a : [a.line1, a.line2].filter(Boolean).join(', ');
}

function fromOneLine(text: string, abbr: AddressAbbreviations): Fields {
  const parts = text.split(/[,;\n]+/).map(tokenize).filter((t) => t.length > 0);
  const fields: Fields = { poBox: false, otherLines: [], text: parts.map((t) => t.join(' ')).join(', ') };
  fields.country = peelCountry(parts, abbr);
  peelPlace(parts, fields, abbr);
  readLines(parts, fields, abbr, fields.city === undefined);
  return fields;
}

function fromStructured(a: Structured, abbr: AddressAbbreviations): Fields {
  const lines = [a.line1, a.line2].filter((l): l is string => Boolean(l));
  const parts = lines.flatMap((l) => l.split(/[,;\n]+/)).map(tokenize).filter((t) => t.length > 0);
  const all = [...lines, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ');
  const fields: Fields = { poBox: false, otherLines: [], text: tokenize(all.replace(/[,;\n]+/g, ' , ')).join(' ') };
  fields.country = a.country?.toUpperCase();
  if (a.city?.trim()) fields.city = cityOf(tokenize(a.city), abbr);
  if (a.region?.trim()) fields.region = regionOf(tokenize(a.region), fields.country, abbr) ?? tokenize(a.region).join(' ');
  const postal = a.postalCode === undefined ? '' : String(a.postalCode).trim();
  if (postal) fields.postalCode = tokenize(postal).join(' ');
  readLines(parts, fields, abbr, false);
  return fields;
}

/** Whether a phrase occurs as whole words in an address, case and punctuation ignored (`c/o`, `PMB`, `Shop & Ship`). */
export function hasPhrase(p: ParsedAddress, phrase: string): boolean {
  let words = addressWords.get(p);
  if (words === undefined) {
    words = ` ${p.text.replace(/,/g, ' ').split(/\s+/).join(' ')} `;
    addressWords.set(p, words);
  }
  return words.includes(phraseTokens(phrase));
}

/** Each address is tested against every marker phrase: its words are joined once. */
const addressWords = new WeakMap<ParsedAddress, string>();

const tokenizedPhrases = new Map<string, string>();

/** The marker lists are fixed: tokenize each phrase once, not once per address. */
function phraseTokens(phrase: string): string {
  let known = tokenizedPhrases.get(phrase);
  if (known === undefined) {
    known = ` ${tokenize(phrase).join(' ')} `;
    tokenizedPhrases.set(phrase, known);
  }
  return known;
}

/** Upper case, dots dropped (`P.O.` -> `PO`, `St.` -> `ST`), `#` its own token, other punctuation a space. */
function tokenize(s: string): Tokens {
  return s
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[.'’]/g, '')
    .replace(/#/g, ' # ')
    .replace(/[^\p{L}\p{N}#\-/ ]+/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[-/]+|[-/]+$/g, ''))
    .filter(Boolean);
}

function peelCountry(parts: Tokens[], abbr: AddressAbbreviations): string | undefined {
  const last = parts.at(-1);
  if (!last) return undefined;
  if (parts.length < 2) return countryAfterPostal(last, abbr);
  const whole = last.join(' ');
  if (last.length === 1 && whole.length === 2 && abbr.region.get('US')?.has(whole) && !hasUsPlace(parts.at(-2) ?? [], abbr)) return undefined;
  const code = countryOf(whole, abbr);
  if (code) parts.pop();
  return code ?? countryAfterPostal(last, abbr);
}

/**
 * `Nashville TN 37203 US`, `London SW1A 2AA UK`: a country written after the postal code, with no
 * comma between them, taken off the part. Only after a token with a digit in it (the code's end),
 * and never a US state's code (`46204 IN` would be no country).
 */
function countryAfterPostal(part: Tokens, abbr: AddressAbbreviations): string | undefined {
  for (let k = 1; k <= 3 && k < part.length; k++) {
    const tail = part.slice(-k).join(' ');
    if (!/\d/.test(part[part.length - k - 1]) || abbr.region.get('US')!.has(tail)) continue;
    const code = countryOf(tail, abbr);
    if (code) {
      part.splice(-k, k);
      return code;
    }
  }
  return undefined;
}

function hasUsPlace(part: Tokens, abbr: AddressAbbreviations): boolean {
  return part.some((t) => /^\d{5}(-\d{4})?$/.test(t) || (t.length === 2 && abbr.region.get('US')!.has(t)));
}

let countryNames: Map<string, string> | undefined;

/**
 * The place a one-line location names, as applicant-tracking exports write it (`Austin, TX`,
 * `Berlin, Germany`, `USA`, `Remote - US`): city, region and country as found. `Remote` alone
 * names no place and gives none of them; a line that is no place (`Greater Seattle Area`, a
 * street address) gives undefined.
 */
export function placeOfLine(line: string): ClaimedPlace | undefined {
  const place = line.replace(/\b(remote(ly)?|anywhere|worldwide)\b/gi, ' ').replace(/^[\s,;:()\-\u2013/]+|[\s,;:()\-\u2013/]+$/g, '').trim();
  if (place === '') return line.trim() === '' ? undefined : {};
  const country = countryOf(place);
  if (country) return { country };
  const parsed = parseAddress(place);
  if (parsed.street || !(parsed.city || parsed.region || parsed.country)) return undefined;
  return { ...(parsed.city && { city: parsed.city }), ...(parsed.region && { region: parsed.region }), ...(parsed.country && { country: parsed.country }) };
}

/**
 * `US`, `USA`, `United States`, `Germany` -> ISO alpha-2, as the last part of an address: a US
 * state or Canadian province there is not a country (`Atlanta, GA, Georgia` is the state).
 */
export function countryOf(written: string, abbr: AddressAbbreviations = addressAbbreviations()): string | undefined {
  const whole = countryOfName(written, abbr);
  if (whole || !SPELLED_TWICE.test(written)) return whole;
  // `United States (US)`, `US - United States`, `Taiwan (ROC)`: the parts that name a country, when they agree.
  const named = new Set(written.split(SPELLED_TWICE).flatMap((part) => (part.trim() ? (countryOfName(part, abbr) ?? []) : [])));
  return named.size === 1 ? [...named][0] : undefined;
}

/** A country and a second spelling of it, as pick lists write them: in brackets, or after a dash. */
const SPELLED_TWICE = /[()[\]]|\s[-\u2013\u2014]\s/;

function countryOfName(written: string, abbr: AddressAbbreviations): string | undefined {
  const name = tokenize(written).join(' ');
  const alias = abbr.country.get(name);
  if (alias) return alias;
  if (name.length === 2 && isCountryCode(name)) return name;
  if (abbr.region.get('US')!.has(name) || abbr.region.get('CA')!.has(name)) return undefined;
  return englishCountryName(name);
}

/**
 * A country written out (`Ukraine`, `United Kingdom`, `USA`), by the aliases of
 * rules/address-abbreviations.json and the English names of rules/countries.json; never a bare
 * code the aliases do not list (`IN` is Indiana too). A state's name that is also a country's
 * (`Georgia`) is the country here: the caller decides whether the state is meant as well.
 */
export function countryNamed(written: string, abbr: AddressAbbreviations = addressAbbreviations()): string | undefined {
  const name = tokenize(written).join(' ');
  return abbr.country.get(name) ?? englishCountryName(name);
}

/** English names come from rules/countries.json, indexed on first need: listing them costs a few milliseconds, not for a postal code or a code. */
function englishCountryName(name: string): string | undefined {
  if (/\d/.test(name) || name.length < 4) return undefined;
  countryNames ??= englishCountryNames();
  return countryNames.get(foldText(name));
}

/** Keyed without accents: `Cote d'Ivoire` as typed is CLDR's `Côte d’Ivoire`, `Curacao` its `Curaçao`. */
function englishCountryNames(): Map<string, string> {
  return countriesByName((name) => foldText(tokenize(name).join(' ')));
}

/**
 * From the end: postal code, region, then the city. Parts wholly consumed are removed;
 * the first part is never taken as a city (it is the street line, maybe with the city inside).
 */
function peelPlace(parts: Tokens[], fields: Fields, abbr: AddressAbbreviations): void {
  while (parts.length > 1) {
    const last = parts[parts.length - 1];
    const before = last.length;
    if (fields.postalCode === undefined) fields.postalCode = takePostal(last, fields.country);
    if (fields.region === undefined) fields.region = takeRegion(last, fields.country, abbr);
    if (last.length === 0) {
      parts.pop();
      continue;
    }
    if (last.length === before && (fields.postalCode || fields.region || parts.length > 2) && looksLikeStreet(last, abbr)) return;
    // `100 Main St, Apt 4`: the second line of a street, not a town called "Apt 4".
    if (last.length === before && isUnitLine(last, abbr)) return;
    fields.city = cityOf(last, abbr);
    parts.pop();
    return;
  }
  // One part left, e.g. "4821 Duval St Austin TX 78751": take the place off its end.
  const only = parts[0];
  if (!only) return;
  fields.postalCode ??= takePostal(only, fields.country);
  fields.region ??= takeRegion(only, fields.country, abbr);
  // "John Smith 1200 Example Rd Phoenix": a recipient before the house number and its street.
  if (!looksLikeStreet(only, abbr)) {
    const number = only.findIndex((token, k) => k > 0 && /^\d/.test(token) && lastSuffixIndex(only.slice(k), abbr) > 0);
    if (number > 0) fields.otherLines.push(only.splice(0, number).join(' '));
  }
  // "Phoenix, AZ": a place without a street.
  if (only.length > 0 && (fields.region || fields.postalCode || fields.country) && !looksLikeStreet(only, abbr) && !CARE_OF.test(only.join(' '))) {
    fields.city = cityOf(only, abbr);
    parts.pop();
  }
}

/** `APT 4`, `SUITE 200`, `# 4`, `UNIT 2B`, `FL 3`: a designator and its number (not `KEY WEST`). */
function isUnitLine(part: Tokens, abbr: AddressAbbreviations): boolean {
  return part.length === 2 && (abbr.unit.has(part[0]) || part[0] === '#') && /\d|^[A-Z]$/.test(part[1]);
}

function looksLikeStreet(part: Tokens, abbr: AddressAbbreviations): boolean {
  return /\d/.test(part[0]) || isPoBoxStart(part, abbr) > 0 || abbr.unit.has(part[0]) || part[0] === '#';
}

const POSTAL: Record<string, RegExp> = {
  US: /^(\d{5})(?:-?\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
};

/** Takes a postal code off the end (or, for countries that write it first, the start) of a part. */
function takePostal(part: Tokens, country: string | undefined): string | undefined {
  for (const n of [2, 1]) {
    if (part.length < n) continue;
    const candidate = part.slice(-n).join(' ');
    const patterns = country ? [POSTAL[country]].filter(Boolean) : Object.values(POSTAL);
    if (patterns.some((p) => p.test(candidate)) || (n === 1 && hasNumericCodes(country) && NUMERIC_CODE.test(candidate))) {
      part.splice(-n, n);
      return candidate;
    }
  }
  // "10117 Berlin": many countries put the postal code before the city.
  if (hasNumericCodes(country) && part.length > 1 && NUMERIC_CODE.test(part[0])) return part.shift();
  return undefined;
}

/** A country outside POSTAL: its postal codes are read as 4 to 6 digits, which most such countries write before the city. */
function hasNumericCodes(country: string | undefined): boolean {
  return Boolean(country) && !POSTAL[country!];
}

const NUMERIC_CODE = /^\d{4,6}$/;

function takeRegion(part: Tokens, country: string | undefined, abbr: AddressAbbreviations): string | undefined {
  for (let n = Math.min(4, part.length); n >= 1; n--) {
    const region = regionOf(part.slice(-n), country, abbr);
    if (region) {
      part.splice(-n, n);
      return region;
    }
  }
  return undefined;
}

function regionOf(tokens: Tokens, country: string | undefined, abbr: AddressAbbreviations): string | undefined {
  const name = tokens.join(' ');
  const tables = country ? [abbr.region.get(country)] : [abbr.region.get('US'), abbr.region.get('CA')];
  for (const table of tables) {
    const code = table?.get(name);
    if (code) return code;
  }
  return undefined;
}

function cityOf(tokens: Tokens, abbr: AddressAbbreviations): string {
  return tokens.map((t) => titleCase(abbr.word.get(t) ?? t)).join(' ');
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** Sorts the remaining parts into street, unit, PMB and other lines. */
function readLines(parts: Tokens[], fields: Fields, abbr: AddressAbbreviations, cityMayFollow: boolean): void {
  const lines = parts.map((part) => (CARE_OF.test(part.join(' ')) ? undefined : readStreetLine(part, abbr, cityMayFollow && part === parts.at(-1) && fields.city === undefined)));
  // `Bo Diaz, 1200 Example Rd`: a shipping form's first line names the recipient (or a company);
  // the street is the first line with a number in it, when there is one.
  const numbered = lines.findIndex((line) => line?.street !== undefined && /\d/.test(line.street));
  lines.forEach((line, i) => {
    const part = parts[i];
    if (line === undefined || (numbered > i && line.street !== undefined && !line.unit && !line.pmb)) {
      fields.otherLines.push(part.join(' '));
      return;
    }
    if (line.street && !fields.street) {
      fields.street = line.street;
      fields.poBox ||= line.poBox;
    } else if (line.street) fields.otherLines.push(part.join(' '));
    fields.unit ??= line.unit;
    fields.pmb ??= line.pmb;
    if (line.city) fields.city ??= cityOf(line.city, abbr);
  });
}

interface StreetLine {
  street?: string;
  poBox: boolean;
  unit?: string;
  pmb?: string;
  city?: Tokens;
}

function readStreetLine(part: Tokens, abbr: AddressAbbreviations, cityMayFollow: boolean): StreetLine {
  const box = isPoBoxStart(part, abbr);
  const line: StreetLine = { poBox: Boolean(box) };
  const street: string[] = box ? ['PO', 'BOX', part[box]] : [];
  let i = box ? box + 1 : 0;
  // A unit after the street's name ends the line (`100 Main St Apt 4`); a unit first may be followed by the street (`Flat 3 10 Downing St`).
  let unitEnded = false;
  while (i < part.length) {
    const unit = unitAt(part, i, abbr);
    if (unit) {
      if (unit.designator === 'PMB') line.pmb ??= `pmb ${unit.id}`;
      else line.unit ??= [unit.designator, unit.id].filter(Boolean).join(' ').toLowerCase();
      unitEnded ||= street.length > 0;
      i += unit.length;
      continue;
    }
    if (unitEnded || ((line.unit || line.pmb) && street.length === 0 && !/\d/.test(part[i]))) break;
    street.push(part[i]);
    i++;
  }
  let rest = part.slice(i);
  if (cityMayFollow && rest.length === 0 && !box) {
    // No comma before the city (`4821 Duval St Austin`): it follows the street's suffix.
    const end = streetEnd(street, abbr);
    if (end > 0) rest = street.splice(end + 1);
  }
  if (rest.length > 0 && cityMayFollow) line.city = rest;
  if (street.length > 0) line.street = normaliseStreet(street, abbr, box > 0);
  return line;
}

/** Index of the token after "PO Box" spellings (so 0 means: not a PO box). */
function isPoBoxStart(part: Tokens, abbr: AddressAbbreviations): number {
  const text = part.join(' ');
  for (const spelling of abbr.poBox) {
    const n = spelling.split(' ').length;
    if ((text === spelling || text.startsWith(`${spelling} `)) && part.length > n && /\d/.test(part[n])) return n;
  }
  return 0;
}

interface UnitMatch {
  designator: string;
  id?: string;
  length: number;
}

function unitAt(part: Tokens, i: number, abbr: AddressAbbreviations): UnitMatch | undefined {
  const token = part[i];
  const next = part[i + 1];
  // "4th Floor", "2nd Fl"
  const ordinal = /^(\d+)(ST|ND|RD|TH)$/.exec(token);
  if (ordinal && next && abbr.unit.get(next) === 'FL') return { designator: 'FL', id: ordinal[1], length: 2 };
  const designator = abbr.unit.get(token) ?? (abbr.unitSymbols.has(token) ? '#' : undefined);
  // A designator at the very start of a line is a unit line ("Suite 4"); further in, it
  // must follow the street name, so that "Lot Street" or "Office Park Dr" stay streets.
  if (!designator || (i === 1 && !/\d/.test(part[0]))) return undefined;
  if (next && /\d/.test(next) || (next && next.length === 1 && designator !== 'FL')) return { designator, id: unitId(next), length: 2 };
  if (next && designator === '#' ) return { designator, id: unitId(next), length: 2 };
  if (STANDALONE_UNITS.has(designator) && i === part.length - 1) return { designator, length: 1 };
  return undefined;
}

/**
 * The last token of the street in a line that runs on into its city without a comma, or -1 when
 * no city follows: after the last street suffix (and a directional after it: `Main St N`). A line
 * ending in a suffix ends in the street, unless that suffix also ends place names (`... Rd
 * Litchfield Park`, `... Ln Spring`): then the street ends at the last thoroughfare's suffix (Rd,
 * Ln, not Lake) after which only place names' suffixes come. `N Lake Washington Blvd` ends in a
 * thoroughfare and stays one street; so does `W Lake View`, which has no thoroughfare before it.
 */
function streetEnd(street: string[], abbr: AddressAbbreviations): number {
  const last = lastSuffixIndex(street, abbr);
  if (last < 0) return -1;
  if (last < street.length - 1) return withDirectional(street, last, abbr);
  const isPlaceSuffix = (token: string) => abbr.placeSuffix.has(abbr.suffix.get(token) ?? '');
  if (!isPlaceSuffix(street[last])) return -1;
  for (let i = last - 1; i >= 2; i--) {
    if (!abbr.suffix.has(street[i])) continue;
    if (isPlaceSuffix(street[i])) continue;
    const end = withDirectional(street, i, abbr);
    return end < last ? end : -1;
  }
  return -1;
}

/** The suffix at `i`, or the directional that follows it when words follow that (`Main St N Austin`). */
function withDirectional(street: string[], i: number, abbr: AddressAbbreviations): number {
  return i + 2 < street.length && abbr.directional.has(street[i + 1]) ? i + 1 : i;
}

/** `2-B` is `2B`, `B-2` is `B2`: one unit, written with or without the hyphen. */
function unitId(id: string): string {
  return /^(?:\d+-[A-Z]|[A-Z]-\d+)$/.test(id) ? id.replace('-', '') : id;
}

function lastSuffixIndex(street: string[], abbr: AddressAbbreviations): number {
  for (let i = street.length - 1; i >= 1; i--) if (abbr.suffix.has(street[i]) && i >= 2) return i;
  return -1;
}

function normaliseStreet(tokens: string[], abbr: AddressAbbreviations, poBox: boolean): string {
  if (poBox) return tokens.join(' ').toLowerCase();
  // As USPS does: directionals before or after the name, the suffix as the last word of the name.
  const last = tokens.length - 1;
  const postDirectional = last >= 3 && abbr.directional.has(tokens[last]) && abbr.suffix.has(tokens[last - 1]);
  const suffixAt = postDirectional ? last - 1 : last;
  return tokens
    .map((t, i) => {
      if (i === 0 && /\d/.test(t)) return t;
      if ((i === 1 || i === last) && abbr.directional.has(t) && i !== suffixAt) return abbr.directional.get(t)!;
      if (i === suffixAt && i >= 2 && abbr.suffix.has(t)) return abbr.suffix.get(t)!;
      return abbr.word.get(t) ?? compoundEnding(t, abbr);
    })
    .join(' ')
    .toLowerCase();
}

/** `BEISPIELSTRASSE` -> `BEISPIELSTR`, as `Beispielstr.` is written: one ending, one spelling. */
function compoundEnding(token: string, abbr: AddressAbbreviations): string {
  for (const [ending, standard] of abbr.compoundEnding) if (token.endsWith(ending)) return token.slice(0, -ending.length) + standard;
  return token;
}

/** `ste 4`, `# 4`, `apt 4` -> `4`; `fl 3` stays `fl 3`. */
function unitNumber(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const [designator, ...rest] = unit.split(' ');
  return INTERCHANGEABLE_UNITS.has(designator.toUpperCase()) && rest.length > 0 ? rest.join(' ') : unit;
}

function inferCountry(fields: Fields, abbr: AddressAbbreviations): string | undefined {
  if (fields.region && abbr.region.get('US')?.has(fields.region) && (!fields.postalCode || POSTAL.US.test(fields.postalCode))) return 'US';
  if (fields.region && abbr.region.get('CA')?.has(fields.region)) return 'CA';
  return undefined;
}

/**
 * `85001-2211` -> `85001`. A ZIP that lost its leading zeros in a spreadsheet's number cell
 * (`2108` for Boston's `02108`) gets them back: a postal-code field holds nothing else that short.
 */
function usZip(postal: string): string | undefined {
  const compact = postal.replace(/\s+/g, '');
  return /^\d{3,4}$/.test(compact) ? compact.padStart(5, '0') : POSTAL.US.exec(compact)?.[1];
}

function conflict<T>(a: T | undefined, b: T | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

function placeOf(f: Fields): string {
  const regionPostal = [f.region, f.postalCode].filter(Boolean).join(' ');
  return [f.city, regionPostal, f.country].filter(Boolean).join(', ');
}
