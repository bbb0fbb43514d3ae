// UTC offsets of IANA zones at given instants: from the system's tz database files (tzif.ts), which
// cost a file read per zone, else from the Intl time-zone data built into Node, whose first
// formatter costs a cold start about 12 ms of ICU locale data. Formatters are built on first use
// and cached: building one costs far more than using it.

import { zoneFileOffset } from './tzif.js';

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

/** Minutes east of UTC in `zone` at `at` (Chicago in January: -360), or undefined for a zone neither source knows. */
export function offsetAt(zone: string, at: Date): number | undefined {
  return zoneFileMinutes(zone, at.getTime()) ?? intlOffset(zone, at);
}

/**
 * Before 1973 Intl answers: those years hold local mean time (offsets in seconds, which parseOffset
 * refuses, so no answer at all) and most of the history where the system's tzdata (Debian builds it
 * with the backzone file) and ICU's copy disagree.
 */
const ZONE_FILES_FROM = Date.UTC(1973, 0, 1);

function zoneFileMinutes(zone: string, epochMs: number): number | undefined {
  if (!(epochMs >= ZONE_FILES_FROM)) return undefined;
  const seconds = zoneFileOffset(zone, epochMs);
  return seconds !== undefined && seconds % 60 === 0 ? seconds / 60 : undefined;
}

function intlOffset(zone: string, at: Date): number | undefined {
  const formatter = offsetFormatter(zone);
  if (!formatter) return undefined;
  const name = formatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT" for zero, else "GMT+09:00" / "GMT-05:30".
  return name === 'GMT' ? 0 : parseOffset(name.slice(3));
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
      const seen = new Set(samples.map((at) => offsetAt(zone, at)).filter((o) => o !== undefined));
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
