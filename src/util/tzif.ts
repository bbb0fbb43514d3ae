// UTC offsets read from the compiled tz database the system ships (TZif files, RFC 8536): one
// small file per zone, parsed once per process, after which a lookup is a binary search. It spares
// a cold start ICU's locale data, which the first Intl.DateTimeFormat of a process loads (~12 ms).
// Anything this reader cannot vouch for comes back undefined, for the caller to ask Intl.

import { readFileSync } from 'node:fs';

const DEFAULT_TZDIR = '/usr/share/zoneinfo';

/**
 * A tz database name (`America/Chicago`, `Etc/GMT+5`, `UTC`, `EST5EDT`) and nothing that could leave
 * the folder: no dot (so no `..`), no leading `/`. The capital first letter also keeps out the
 * folder's other files (`posixrules`, `localtime`, `zone.tab`) and its `posix/` and `right/` copies.
 * Checked by hand, like the footer below: a regular expression costs a cold start its compilation.
 */
function isZoneName(name: string): boolean {
  const parts = name.split('/');
  return parts.length <= 3 && isCapital(name[0]) && parts.every((part) => part.length > 0 && [...part].every(isZoneNameCharacter));
}

function isZoneNameCharacter(char: string): boolean {
  return isLetter(char) || isDigit(char) || char === '_' || char === '+' || char === '-';
}

interface Zone {
  /** Seconds since the epoch at which each local time type starts, ascending. */
  transitions: Float64Array;
  /** Seconds east of UTC from each transition on; NaN where the zone's local time is unknown. */
  offsets: Float64Array;
  /** Seconds east of UTC before the first transition (the file's first local time type). */
  initial: number;
  /** For instants after the last transition; null when the file gives none. */
  rule: PosixRule | null;
}

/** A POSIX TZ string such as `CST6CDT,M3.2.0,M11.1.0`, offsets turned east of UTC. */
interface PosixRule {
  /** Seconds east of UTC; NaN where local time is unknown. */
  standard: number;
  daylight: number;
  /** Null for a zone without daylight saving time. */
  change: DaylightChange | null;
}

interface DaylightChange {
  start: RuleDate;
  end: RuleDate;
  around: ChangesAround;
}

/**
 * The instants of the changes of the years around one year, kept on the rule and redone only for
 * another year: working them out costs some twenty Date.UTC calls, a sheet asks about one year
 * thousands of times.
 */
interface ChangesAround {
  /** The standard-time year they serve, in seconds since the epoch: [from, to). NaN until first asked. */
  from: number;
  to: number;
  /** Seconds since the epoch, from two years before to one after that year. */
  starts: Float64Array;
  ends: Float64Array;
}

const YEARS_AROUND = [-2, -1, 0, 1];

type RuleDay =
  | { kind: 'julian'; day: number } // Jn: 1-365, February 29 never counted
  | { kind: 'dayOfYear'; day: number } // n: 0-365, February 29 counted
  | { kind: 'weekday'; month: number; week: number; weekday: number }; // Mm.w.d: week 5 is the last

/** A day and a local time (seconds after its midnight, -167 h to 167 h). */
type RuleDate = RuleDay & { time: number };

/** Parsed zones by name, null for a name no file answers for: a sheet asks about the same few zones thousands of times. */
const zones = new Map<string, Zone | null>();

/** Read once, at the first file read, as the zones are kept for the life of the process. */
let zoneDir: string | undefined;

/**
 * Seconds east of UTC in `zone` at `epochMs`, by the system's zone file (in `$TZDIR`, else
 * /usr/share/zoneinfo). Undefined when the name is not a zone name, the file is missing or not sound
 * TZif, or the file says local time is unknown.
 */
export function zoneFileOffset(zone: string, epochMs: number): number | undefined {
  const data = Number.isFinite(epochMs) ? loadZone(zone) : null;
  if (!data) return undefined;
  const offset = offsetOf(data, Math.floor(epochMs / 1000));
  return Number.isNaN(offset) ? undefined : offset;
}

function loadZone(name: string): Zone | null {
  let zone = zones.get(name);
  if (zone === undefined) zones.set(name, (zone = isZoneName(name) ? readZone(name) : null));
  return zone;
}

function readZone(name: string): Zone | null {
  zoneDir ??= process.env.TZDIR || DEFAULT_TZDIR;
  try {
    return parseTzif(readFileSync(`${zoneDir}/${name}`));
  } catch {
    return null; // missing, a folder, unreadable: Intl answers instead
  }
}

function offsetOf(zone: Zone, seconds: number): number {
  const last = zone.transitions.length - 1;
  if (zone.rule && (last < 0 || seconds > zone.transitions[last])) return ruleOffset(zone.rule, seconds);
  const index = lastTransitionAtOrBefore(zone.transitions, seconds);
  return index < 0 ? zone.initial : zone.offsets[index];
}

/** -1 when `seconds` comes before every transition. */
function lastTransitionAtOrBefore(transitions: Float64Array, seconds: number): number {
  let low = 0;
  let high = transitions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (transitions[middle] <= seconds) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

// ---- The file ----

const HEADER_SIZE = 44;
const MAGIC = 0x545a6966; // "TZif"

interface Header {
  version: number;
  leapCount: number;
  transitionCount: number;
  typeCount: number;
  charCount: number;
  /** Bytes of the data block that follows the header. */
  blockSize: number;
}

/** Returns null for anything short of a sound version 2+ file: the caller then asks Intl. */
function parseTzif(bytes: Uint8Array): Zone | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Version 1 files have only 32-bit times, which end in 2038: skip that block for the 64-bit one.
  const legacy = readHeader(view, 0, 4);
  if (!legacy || legacy.version < 2) return null;
  const headerAt = HEADER_SIZE + legacy.blockSize;
  const header = readHeader(view, headerAt, 8);
  if (!header || !isUsable(header)) return null;
  const blockAt = headerAt + HEADER_SIZE;
  const footer = readFooter(bytes, blockAt + header.blockSize);
  if (footer === null) return null;
  const rule = footer === '' ? null : parsePosixRule(footer);
  if (rule === undefined) return null;
  return readBlock(view, blockAt, header, rule);
}

function readHeader(view: DataView, at: number, timeSize: number): Header | null {
  if (view.byteLength < at + HEADER_SIZE || view.getUint32(at) !== MAGIC) return null;
  const versionByte = view.getUint8(at + 4);
  const count = (field: number) => view.getUint32(at + 20 + 4 * field);
  const [utIndicators, standardIndicators, leapCount, transitionCount, typeCount, charCount] = [0, 1, 2, 3, 4, 5].map(count);
  const blockSize =
    transitionCount * (timeSize + 1) + typeCount * 6 + charCount + leapCount * (timeSize + 4) + standardIndicators + utIndicators;
  return { version: versionByte === 0 ? 1 : versionByte - 0x30, leapCount, transitionCount, typeCount, charCount, blockSize };
}

/**
 * At least one local time type, and no leap seconds: files with them (the `right/` copies) count
 * time on another scale than the epoch seconds asked about.
 */
function isUsable(header: Header): boolean {
  return header.typeCount > 0 && header.charCount > 0 && header.leapCount === 0;
}

/**
 * The TZ string between two newlines after the data; null when the file ends before them. A plain
 * loop: Buffer#indexOf and a spread into String.fromCharCode each cost their first call ~0.1 ms.
 */
function readFooter(bytes: Uint8Array, at: number): string | null {
  if (bytes[at] !== 0x0a) return null;
  let text = '';
  for (let i = at + 1; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) return text;
    text += String.fromCharCode(bytes[i]);
  }
  return null;
}

function readBlock(view: DataView, at: number, header: Header, rule: PosixRule | null): Zone | null {
  const { transitionCount, typeCount } = header;
  const typesAt = at + transitionCount * 9;
  const charsAt = typesAt + 6 * typeCount;
  const typeOffsets = Array.from({ length: typeCount }, (_, type) => readTypeOffset(view, typesAt + 6 * type, charsAt, header.charCount));
  const transitions = new Float64Array(transitionCount);
  const offsets = new Float64Array(transitionCount);
  for (let i = 0; i < transitionCount; i++) {
    transitions[i] = view.getInt32(at + 8 * i) * 2 ** 32 + view.getUint32(at + 8 * i + 4);
    const type = view.getUint8(at + 8 * transitionCount + i);
    if (type >= typeCount || (i > 0 && transitions[i] <= transitions[i - 1])) return null;
    offsets[i] = typeOffsets[type];
  }
  return { transitions, offsets, initial: typeOffsets[0], rule };
}

/** A local time type's offset, NaN for the designation "-00", which RFC 8536 reserves for unknown local time. */
function readTypeOffset(view: DataView, at: number, charsAt: number, charCount: number): number {
  const designation = view.getUint8(at + 5);
  if (designation >= charCount) return NaN;
  const unknown = [0x2d, 0x30, 0x30, 0].every((byte, i) => designation + i < charCount && view.getUint8(charsAt + designation + i) === byte);
  return unknown ? NaN : view.getInt32(at);
}

// ---- The footer's POSIX TZ string ----

const HOUR = 3600;
/** POSIX's default: 02:00 local time. */
const DEFAULT_CHANGE_TIME = 2 * HOUR;
/** What the footer calls a time whose local time is unknown (the zone `Factory`, Antarctic stations before they opened). */
const UNKNOWN_NAME = '<-00>';

/**
 * `std offset [dst [offset] ,start[/time],end[/time]]`; undefined for a string this reader does not
 * understand. POSIX lets the rule after `dst` go unsaid, but zic always writes it.
 */
function parsePosixRule(text: string): PosixRule | undefined {
  const scanner = new Scanner(text);
  const standardName = scanner.name();
  // POSIX offsets count west of Greenwich; the file's, like ours, east. 0 - x, not -x: no -0 for `GMT0`.
  const standard = 0 - scanner.clock(24);
  if (standardName === undefined || Number.isNaN(standard)) return undefined;
  if (scanner.done) return { standard: offsetUnlessUnknown(standardName, standard), daylight: NaN, change: null };
  const daylightName = scanner.name();
  const daylight = scanner.sees(',') ? standard + HOUR : 0 - scanner.clock(24);
  const start = scanner.take(',') ? parseRuleDate(scanner) : undefined;
  const end = scanner.take(',') ? parseRuleDate(scanner) : undefined;
  if (daylightName === undefined || Number.isNaN(daylight) || !start || !end || !scanner.done) return undefined;
  const around = { from: NaN, to: NaN, starts: new Float64Array(YEARS_AROUND.length), ends: new Float64Array(YEARS_AROUND.length) };
  return {
    standard: offsetUnlessUnknown(standardName, standard),
    daylight: offsetUnlessUnknown(daylightName, daylight),
    change: { start, end, around },
  };
}

function offsetUnlessUnknown(name: string, offset: number): number {
  return name === UNKNOWN_NAME ? NaN : offset;
}

function parseRuleDate(scanner: Scanner): RuleDate | undefined {
  const day = parseRuleDay(scanner);
  // Up to 167 hours either way: RFC 8536 section 3.3.1 widens POSIX's 0-24.
  const time = scanner.take('/') ? scanner.clock(167) : DEFAULT_CHANGE_TIME;
  return day && !Number.isNaN(time) ? { ...day, time } : undefined;
}

function parseRuleDay(scanner: Scanner): RuleDay | undefined {
  if (scanner.take('M')) {
    const month = scanner.number(2);
    const week = scanner.take('.') ? scanner.number(1) : NaN;
    const weekday = scanner.take('.') ? scanner.number(1) : NaN;
    return month >= 1 && month <= 12 && week >= 1 && week <= 5 && weekday <= 6 ? { kind: 'weekday', month, week, weekday } : undefined;
  }
  if (scanner.take('J')) {
    const day = scanner.number(3);
    return day >= 1 && day <= 365 ? { kind: 'julian', day } : undefined;
  }
  const day = scanner.number(3);
  return day <= 365 ? { kind: 'dayOfYear', day } : undefined;
}

/**
 * Reads a POSIX TZ string left to right. By hand: the regular expression for the whole string cost
 * about 0.7 ms to compile and tier up, more than all the rest of reading a zone.
 */
class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at === this.text.length;
  }

  sees(char: string): boolean {
    return this.text[this.at] === char;
  }

  /** Moves past `char` if it comes next. */
  take(char: string): boolean {
    if (!this.sees(char)) return false;
    this.at++;
    return true;
  }

  /** Up to `maxDigits` digits as a number; NaN when there are none. */
  number(maxDigits: number): number {
    const start = this.at;
    while (this.at - start < maxDigits && isDigit(this.text[this.at])) this.at++;
    return this.at > start ? Number(this.text.slice(start, this.at)) : NaN;
  }

  /** `[+-]h[:mm[:ss]]` in seconds; NaN when malformed or past `maxHours`. */
  clock(maxHours: number): number {
    const sign = this.take('-') ? -1 : 1;
    if (sign > 0) this.take('+');
    const hours = this.number(3);
    const minutes = this.take(':') ? this.number(2) : 0;
    const seconds = this.take(':') ? this.number(2) : 0;
    if (!(hours <= maxHours && minutes <= 59 && seconds <= 59)) return NaN;
    return sign * (hours * HOUR + minutes * 60 + seconds);
  }

  /** A zone abbreviation: three or more letters, or three or more of `A-Za-z0-9+-` between `<` and `>`. */
  name(): string | undefined {
    const start = this.at;
    const quoted = this.take('<');
    const belongs = quoted ? isQuotedNameCharacter : isLetter;
    while (belongs(this.text[this.at])) this.at++;
    if (quoted && !this.take('>')) return undefined;
    const length = this.at - start - (quoted ? 2 : 0);
    return length >= 3 ? this.text.slice(start, this.at) : undefined;
  }
}

function isQuotedNameCharacter(char: string | undefined): boolean {
  return isLetter(char) || isDigit(char) || char === '+' || char === '-';
}

// ---- Offsets by the footer's rule ----

/**
 * The offset whose change came last at or before `seconds`. Changes of the years around the instant
 * are all weighed, as a change time may run past midnight into another year (`J365/25`), and a start
 * ties with the previous end only in a zone on daylight time all year (`EST5EDT,0/0,J365/25`).
 */
function ruleOffset(rule: PosixRule, seconds: number): number {
  if (!rule.change) return rule.standard;
  const { starts, ends } = changesAround(rule, rule.change, seconds + rule.standard);
  let latest = -Infinity;
  let daylight = false;
  for (let i = 0; i < starts.length; i++) {
    if (ends[i] <= seconds && ends[i] > latest) {
      latest = ends[i];
      daylight = false;
    }
    if (starts[i] <= seconds && starts[i] >= latest) {
      latest = starts[i];
      daylight = true;
    }
  }
  return daylight ? rule.daylight : rule.standard;
}

function changesAround(rule: PosixRule, change: DaylightChange, standardSeconds: number): ChangesAround {
  const { start, end, around } = change;
  if (standardSeconds >= around.from && standardSeconds < around.to) return around;
  const year = yearOf(standardSeconds);
  around.from = epochDay(year, 0, 1) * 86_400;
  around.to = epochDay(year + 1, 0, 1) * 86_400;
  YEARS_AROUND.forEach((offset, i) => {
    around.starts[i] = changeInstant(start, year + offset, rule.standard);
    around.ends[i] = changeInstant(end, year + offset, rule.daylight);
  });
  return around;
}

/** Change times are local: a start is read on standard time, an end on daylight time. */
function changeInstant(date: RuleDate, year: number, offsetBefore: number): number {
  return dayOf(date, year) * 86_400 + date.time - offsetBefore;
}

/** Days since the epoch. */
function dayOf(date: RuleDate, year: number): number {
  const newYear = epochDay(year, 0, 1);
  switch (date.kind) {
    case 'julian':
      return newYear + date.day - 1 + (date.day >= 60 && isLeapYear(year) ? 1 : 0);
    case 'dayOfYear':
      return newYear + date.day;
    case 'weekday':
      return weekdayOfMonth(year, date.month, date.week, date.weekday);
  }
}

/** Week 5 means the last such weekday, whether the month has four or five. */
function weekdayOfMonth(year: number, month: number, week: number, weekday: number): number {
  const first = epochDay(year, month - 1, 1);
  const firstWeekday = (((first + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  let day = first + ((weekday - firstWeekday + 7) % 7) + 7 * (week - 1);
  const nextMonth = epochDay(year, month, 1);
  while (day >= nextMonth) day -= 7;
  return day;
}

/** Days since the epoch. Date.UTC reads years 0-99 as 1900-1999: those take the same date 400 years (146,097 days) on. */
function epochDay(year: number, monthIndex: number, day: number): number {
  if (year >= 0 && year < 100) return epochDay(year + 400, monthIndex, day) - 146_097;
  return Date.UTC(year, monthIndex, day) / 86_400_000;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function yearOf(seconds: number): number {
  let year = 1970 + Math.floor(seconds / (365.2425 * 86_400));
  while (epochDay(year, 0, 1) * 86_400 > seconds) year--;
  while (epochDay(year + 1, 0, 1) * 86_400 <= seconds) year++;
  return year;
}

// ---- Characters: read past the end of a string too, where undefined is none of them ----

function isCapital(char: string | undefined): boolean {
  return char !== undefined && char >= 'A' && char <= 'Z';
}

function isLetter(char: string | undefined): boolean {
  return isCapital(char) || (char !== undefined && char >= 'a' && char <= 'z');
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
