// Calendar dates as people and their tools write them, read into the dossier's `YYYY`, `YYYY-MM`
// or `YYYY-MM-DD`. The schema applies it to every date field, so a sheet's `03/15/1990` and a
// JSON dossier's `15 March 1990` say the same day.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * `1990-03-15`, `1990-03-15T00:00:00Z`, `1990/03/15`, `15.03.1990`, `15 Mar 1990`, `March 15,
 * 1990`, `Mar 1990`, `03/2019` -> ISO; undefined for anything else, which validation refuses. `03/15/1990` is March
 * (no month 15) and `15/03/1990` too; `03/04/1990` is March 4th in the US and April 3rd in most
 * of the world, so only its year is read: a year still tells two people apart, a guessed day
 * would not.
 */
export function dateOf(written: string): string | undefined {
  const text = written.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return text;
  // `2026-01-10T14:22:00Z`, as APIs and exports write a moment: its day as written.
  const moment = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (moment) return iso(...(moment[1].split('-').map(Number) as [number, number, number]));
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (slashed) return fromSlashes(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (monthYear) return iso(Number(monthYear[2]), Number(monthYear[1]));
  return fromMonthName(text);
}

/** `a/b/yyyy`: the side above 12 is the day; neither above 12, only the year is sure. */
function fromSlashes(a: number, b: number, year: number): string | undefined {
  if (a > 12 && b <= 12) return iso(year, b, a);
  if (b > 12 && a <= 12) return iso(year, a, b);
  if (a === b) return iso(year, a, b);
  return a >= 1 && b >= 1 && a <= 12 && b <= 12 ? String(year) : undefined;
}

/** `15 Mar 1990`, `15 March 1990`, `March 15, 1990`, `Mar 1990`, `March, 1990`. */
function fromMonthName(text: string): string | undefined {
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (dayFirst) return withMonthName(dayFirst[2], Number(dayFirst[3]), Number(dayFirst[1]));
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (monthFirst) return withMonthName(monthFirst[1], Number(monthFirst[3]), Number(monthFirst[2]));
  const monthOnly = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (monthOnly) return withMonthName(monthOnly[1], Number(monthOnly[2]));
  return undefined;
}

function withMonthName(name: string, year: number, day?: number): string | undefined {
  const lower = name.toLowerCase();
  // `Sept` and `September`, never `Mayday`: a month's name, whole or cut after three letters.
  const month = MONTHS.findIndex((m, i) => lower === m || FULL_MONTHS[i].startsWith(lower)) + 1;
  return month > 0 && lower.length >= 3 ? iso(year, month, day) : undefined;
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `YYYY-MM` or `YYYY-MM-DD` when the day exists in that month; undefined otherwise. */
function iso(year: number, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || day < 1) return undefined;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
