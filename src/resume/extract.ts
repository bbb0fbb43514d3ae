// What can be pulled reliably from a resume's text: emails, phone numbers, links, and the
// location the candidate states for themselves. Pure; memoised per text because several
// checks read the same resume.

import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { readPlace, type Place } from './places.js';
import { recentValues } from '../util/recent.js';

export interface ResumePhone {
  raw: string;
  e164: string;
  country?: string;
}

export interface StatedLocation {
  /** The text as the resume wrote it. */
  raw: string;
  /** Every plausible reading (`Chennai, IN` is India or Indiana). */
  readings: Place[];
}

export interface ResumeFacts {
  /** Emails and phones of the candidate's own part, before any "References" section. */
  emails: string[];
  phones: ResumePhone[];
  urls: string[];
  locations: StatedLocation[];
}

const EMAIL_LOCAL_CHAR = /[a-z0-9._%+-]/i;
const EMAIL_DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/iy;
/** Fewer digits than any phone number has, with its country code: a line without them is not searched. */
const PHONE_MIN_DIGITS = 5;
const URL_WITH_SCHEME = /\bhttps?:\/\/[^\s<>()"'|]+/gi;
const BARE_PROFILE_URL = /(?<![\w/.@])(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com|[a-z]{2}\.linkedin\.com|stackoverflow\.com|x\.com|twitter\.com)\/[^\s<>()"'|]+/gi;
const HAS_DOT_COM_PATH = /\.com\//i;
const SECTION_HEADING = /^\s*(professional\s+)?(summary|profile|objective|about( me)?|experience|work (history|experience)|employment|education|skills|technical skills|projects|certifications?|references?)\s*:?\s*$/i;
const REFERENCES_HEADING = /^\s*references?\s*:?\s*$/im;
const LOCATION_LABEL = /^\s*(?:location|address|current location|residence|based in|located in|lives in)\s*[:\-–]?\s*(.+)$/i;
const HEADER_LINES = 8;
/** `Acme, Bangalore, India (2015-2019)`, `B.S., Seoul National University`, `Relocating to Austin from Toronto`. */
const PAST_OR_FUTURE = /\b(?:19|20)\d{2}\b|\b(?:university|college|institute|school|academy|bachelor'?s?|master'?s?|ph\.?d|mba|degree|diploma|graduated)\b|\brelocat/i;

const recentFacts = recentValues<ResumeFacts>(16);

export function resumeFacts(text: string, defaultCountry?: string): ResumeFacts {
  return recentFacts(defaultCountry ?? '', text, () => factsOf(text, defaultCountry));
}

function factsOf(text: string, defaultCountry: string | undefined): ResumeFacts {
  const own = ownPart(text);
  return {
    emails: unique(emailsIn(own), (e) => e.toLowerCase()),
    phones: phonesIn(own, defaultCountry),
    urls: urlsIn(text),
    locations: statedLocations(own),
  };
}

/** The text before a "References" heading: contacts below it are the referees'. */
function ownPart(text: string): string {
  const at = text.search(REFERENCES_HEADING);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * What `/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi` matches, found from each `@`
 * instead: the regex run over a whole resume retried at every letter of every word.
 */
export function emailsIn(text: string): string[] {
  const found: string[] = [];
  let end = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > end && EMAIL_LOCAL_CHAR.test(text[start - 1])) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    found.push(text.slice(start, at + 1) + domain[0]);
    end = EMAIL_DOMAIN.lastIndex;
    at = end - 1;
  }
  return found;
}

/** Line by line, and only lines with enough digits: the number finder is slow on long prose. */
function phonesIn(text: string, defaultCountry: string | undefined): ResumePhone[] {
  const options = { defaultCountry: defaultCountry as CountryCode | undefined };
  const found: ResumePhone[] = [];
  for (const line of text.split('\n')) {
    if (digitCount(line) < PHONE_MIN_DIGITS) continue;
    for (const f of findPhoneNumbersInText(line, options)) {
      const raw = line.slice(f.startsAt, f.endsAt);
      if (f.number.isValid() && isWrittenAsPhone(raw)) found.push({ raw, e164: f.number.number, ...(f.number.country && { country: f.number.country }) });
    }
  }
  return unique(found, (p) => p.e164);
}

/**
 * Whether a valid number the finder matched in prose was written as a phone number. Not a date:
 * `06/2016 - 12/2020` holds `2016 - 12/2020`, a valid New Jersey number to the finder, so a match
 * made only of years and one- or two-digit months or days is a date range, and eight digits that
 * read as YYYYMMDD a date (a phone has a group of three digits or more that is no year: `(201)
 * 612-2020`). Not a count: `250 000 users` is a valid German or Philippine number, and a phone
 * written in full, with its area code, has seven digits or more.
 */
function isWrittenAsPhone(raw: string): boolean {
  const groups = raw.match(/\p{Nd}+/gu) ?? []; // any script's digits: fullwidth ones too
  if (groups.join('').length < MIN_WRITTEN_PHONE_DIGITS) return false;
  if (groups.some(isYear) && groups.every((g) => isYear(g) || g.length <= 2)) return false;
  return !(groups.length === 1 && /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(groups[0]));
}

const MIN_WRITTEN_PHONE_DIGITS = 7;

function isYear(digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits);
}

/** ASCII digits; a line with any other character may write digits another way (fullwidth, Arabic-Indic) and counts as enough. */
function digitCount(line: string): number {
  let digits = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c > 127) return Infinity;
  }
  return digits;
}

function urlsIn(text: string): string[] {
  // Every bare profile link has `.com/`: a text without one is not searched with the look-behind pattern, which tries each letter.
  const bare = HAS_DOT_COM_PATH.test(text) ? (text.match(BARE_PROFILE_URL) ?? []) : [];
  const all = [...(text.match(URL_WITH_SCHEME) ?? []), ...bare].map((u) => u.replace(/[.,;:!?)\]]+$/, ''));
  // A bare link already found with its scheme is the same link.
  return unique(all, (u) => u.replace(/^https?:\/\//i, '').replace(/^www\./i, '').toLowerCase());
}

/** Places the resume gives for the candidate: labelled lines, and `City, Region` pieces of the header. */
function statedLocations(text: string): StatedLocation[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const locations: StatedLocation[] = [];
  for (const line of lines) {
    const labelled = line.match(LOCATION_LABEL);
    if (labelled) addLocation(locations, labelled[1], true);
  }
  for (const line of headerLines(lines)) {
    // A dated job, a school or a move says where the candidate was or will be, not where they live.
    if (PAST_OR_FUTURE.test(line)) continue;
    for (const piece of line.split(/\s*(?:[|•·●▪]|\s[-–—]\s)\s*/)) {
      // Contacts and links share the header line with the place; a phone is no place.
      if (/@|https?:|www\.|\.com\b|\+\d|\(\d{3}\)|\d{3}[-. ]\d{3,4}[-. ]\d{4}/.test(piece)) continue;
      addLocation(locations, piece, false);
    }
  }
  return unique(locations, (l) => l.raw.toLowerCase());
}

function headerLines(lines: string[]): string[] {
  const header: string[] = [];
  for (const line of lines) {
    if (SECTION_HEADING.test(line) || header.length >= HEADER_LINES) break;
    if (line && !LOCATION_LABEL.test(line)) header.push(line);
  }
  return header;
}

function addLocation(into: StatedLocation[], raw: string, labelled: boolean): void {
  const text = raw.trim().replace(/[.;]+$/, '');
  const readings = readPlace(text, labelled);
  if (readings.length) into.push({ raw: text, readings });
}

function unique<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
