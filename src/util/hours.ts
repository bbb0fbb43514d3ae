// Working hours as people write them (`9am-5pm`, `9:30 AM - 6 PM`, `09.00–17.30`), read into the
// dossier's `HH:MM-HH:MM`. The schema applies it to every dossier, typed in JSON or read from a
// sheet's cell, so both say the same hours the same way.

/**
 * `9am-5pm`, `9:30 AM - 6 PM`, `9-5pm`, `9-17`, `09.00–17.30` -> `09:00-17:00`, `09:30-18:00`, ...;
 * undefined for anything else, which stays as typed for validation to judge. A side without
 * am/pm is read as the clock that makes the shorter day (`9-5pm` is 9 am). With neither side
 * marked, both hours from 1 to 12 are not read at all: `9-5` and `1-5` mean afternoons to most
 * people and night hours on a 24-hour clock, and night hours are a signal, not a guess to make.
 */
export function hoursOf(cell: string): string | undefined {
  const text = cell.trim();
  if (CANONICAL_HOURS.test(text)) return text;
  const match = HOURS.exec(text);
  if (!match) return undefined;
  const from = { hour: Number(match[1]), minute: Number(match[2] ?? '0'), meridiem: match[3]?.[0].toLowerCase() };
  const to = { hour: Number(match[4]), minute: Number(match[5] ?? '0'), meridiem: match[6]?.[0].toLowerCase() };
  if (!from.meridiem && !to.meridiem && isTwelveHour(from) && isTwelveHour(to)) return undefined;
  const readings = readingsOf(from).flatMap((start) => readingsOf(to).map((end) => [start, end] as const));
  if (readings.length === 0) return undefined;
  const span = ([start, end]: readonly [number, number]) => (end - start + DAY) % DAY;
  const [start, end] = readings.reduce((best, r) => (span(r) < span(best) ? r : best));
  return `${clockText(start)}-${clockText(end)}`;
}

/** `Flexible`, `Full-time`: an answer with no digit gives no time of day, and is left unread (a sheet's cell and a JSON dossier's alike). */
export function givesNoTimeOfDay(text: string): boolean {
  return !/\d/.test(text);
}

/** What the schema takes as it is: left alone (`08:30-04:30` is a night shift as written, `00:00-24:00` all day). */
export const CANONICAL_HOURS = /^([01]\d|2[0-4]):[0-5]\d\s*-\s*([01]\d|2[0-4]):[0-5]\d$/;

const DAY = 24 * 60;

const HOURS = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?\s*(?:-|\u2013|\u2014|to)\s*(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?$/i;

interface TimeOfDay {
  hour: number;
  minute: number;
  /** `a`, `p`, or none written. */
  meridiem?: string;
}

/** Minutes after midnight this time may mean: with am/pm, or 0 or past 12, one; else the morning and the evening one. */
function readingsOf({ hour, minute, meridiem }: TimeOfDay): number[] {
  if (minute > 59) return [];
  if (meridiem) return hour >= 1 && hour <= 12 ? [((hour % 12) + (meridiem === 'p' ? 12 : 0)) * 60 + minute] : [];
  if (hour > 24 || (hour === 24 && minute > 0)) return [];
  if (hour === 0 || hour > 12) return [(hour % 24) * 60 + minute];
  return [(hour % 12) * 60 + minute, ((hour % 12) + 12) * 60 + minute];
}

/** An hour a 12-hour clock shows, without am/pm: morning or evening. */
function isTwelveHour({ hour }: TimeOfDay): boolean {
  return hour >= 1 && hour <= 12;
}

function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
