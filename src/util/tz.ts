// UTC offsets of IANA zones at given instants, from the Intl time-zone data built into Node.
// Formatters are built on first use and cached: building one costs far more than using it,
// and most runs need only one or two zones.

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function offsetFormatter(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null; // a name the tz database has but this Node's ICU does not
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether this Node can compute offsets for the zone. */
export function canCompute(zone: string): boolean {
  return offsetFormatter(zone) !== null;
}

/** Minutes east of UTC in `zone` at `at` (Chicago in January: -360), or undefined for a zone Intl does not know. */
export function offsetAt(zone: string, at: Date): number | undefined {
  return offsetsAt(zone, [at])[0];
}

function offsetsAt(zone: string, instants: Date[]): (number | undefined)[] {
  const byClock = clockLookups < CLOCK_LOOKUPS ? clockOffsets(zone, instants) : [];
  return instants.map((at, i) => byClock[i] ?? intlOffset(zone, at));
}

function intlOffset(zone: string, at: Date): number | undefined {
  const formatter = offsetFormatter(zone);
  if (!formatter) return undefined;
  const name = formatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT" for zero, else "GMT+09:00" / "GMT-05:30".
  return name === 'GMT' ? 0 : parseOffset(name.slice(3));
}

/**
 * Building the first Intl.DateTimeFormat loads ICU's locale data: about 12 ms, most of what the
 * time-zone checks cost one cold dossier. So the first lookups of a run read the process clock with
 * TZ set to the zone (the same ICU zone data, no locale data); after CLOCK_LOOKUPS of them, a long
 * run (a sheet) is better served by the cached formatters, which cost nothing per call.
 */
const CLOCK_LOOKUPS = 64;
let clockLookups = 0;

/** An IANA name (`Area/Location`): TZ would read anything else as a POSIX rule (`ABC-9`) or a file path. */
const IANA_NAME = /^[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/;

/** Intl gives seconds for local mean time (`GMT-00:44:30`, Monrovia until 1972), which it does not parse; the clock rounds them. */
const CLOCK_FROM = Date.UTC(1973, 0, 1);

/**
 * Offsets by the process clock, TZ set for this call only (synchronous: no other code sees it).
 * Undefined where Intl must answer: ICU reads a zone it does not know as UTC, so 0 is not trusted.
 * Exported for the test that compares it with Intl over every zone.
 */
export function clockOffsets(zone: string, instants: Date[]): (number | undefined)[] {
  if (!IANA_NAME.test(zone) || !clockFollowsTz()) return [];
  clockLookups++;
  return withTz(zone, () =>
    instants.map((at) => {
      const offset = -at.getTimezoneOffset();
      return at.getTime() >= CLOCK_FROM && Number.isInteger(offset) && offset !== 0 ? offset : undefined;
    }),
  );
}

function withTz<T>(zone: string, read: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return read();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

let followsTz: boolean | undefined;

/** Setting TZ moves the main thread's clock, not a worker thread's: probed once, with two zones no one clock keeps both of. */
function clockFollowsTz(): boolean {
  const epoch = new Date(0);
  followsTz ??= withTz('Etc/GMT-14', () => epoch.getTimezoneOffset()) === -840 && withTz('Etc/GMT+12', () => epoch.getTimezoneOffset()) === 720;
  return followsTz;
}

const usedCache = new Map<string, number[]>();

/**
 * Every offset the zone uses during the given years (Chicago: -360 and -300), sampled four times a
 * month: daylight-saving periods last weeks or months, so none is missed, at a few dozen calls a year.
 */
export function offsetsUsed(zone: string, years: number[]): Set<number> {
  const offsets = new Set<number>();
  for (const year of years) {
    const key = `${zone} ${year}`;
    let found = usedCache.get(key);
    if (!found) {
      const samples = Array.from({ length: 12 }, (_, month) => [1, 8, 15, 22].map((day) => new Date(Date.UTC(year, month, day, 12)))).flat();
      const seen = new Set(offsetsAt(zone, samples).filter((o) => o !== undefined));
      usedCache.set(key, (found = [...seen]));
    }
    for (const offset of found) offsets.add(offset);
  }
  return offsets;
}

/** `+0900`, `+09:00`, `-0530`, `+09`, `Z` -> minutes east of UTC; undefined when it is not an offset. */
export function parseOffset(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text.trim());
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** -300 -> `-05:00` (the form a reader recognises from ISO timestamps). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offset written at the end of an ISO 8601 timestamp (`...T02:14:00+09:00` -> 540, `...Z` -> 0). */
export function offsetOfTimestamp(timestamp: string): number | undefined {
  const match = /(Z|[+-]\d{2}:?\d{2})$/i.exec(timestamp.trim());
  return match ? parseOffset(match[1].toUpperCase()) : undefined;
}

/** Minute of the day (0-1439) at the given offset. */
export function minuteOfDay(at: Date, offsetMinutes: number): number {
  const minutes = Math.floor(at.getTime() / 60_000) + offsetMinutes;
  return ((minutes % 1440) + 1440) % 1440;
}

/** `HH:MM` -> minute of the day; `24:00` is 1440. */
export function parseClock(text: string): number {
  const [h, m] = text.trim().split(':').map(Number);
  return h * 60 + m;
}

/** 540 -> `09:00`. */
export function formatClock(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Whether a minute of the day lies in a window that may wrap midnight (22:00-06:00). */
export function inWindow(minute: number, from: number, to: number): boolean {
  if (from === to) return true;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}
