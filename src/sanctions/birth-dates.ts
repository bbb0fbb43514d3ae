// Dates of birth, among the identifiers OFAC tells screeners to compare once a name matches
// (OFAC FAQ 5, "How do I determine if I have a valid OFAC match?"): a name match whose listed
// dates of birth all differ from the candidate's is another person. The list writes them as
// `DOB 07 Aug 1965`, `DOB Aug 1965`, `DOB 1965`, `DOB circa 1947`, `DOB 1962 to 1964`, each
// possibly `alt.`; the candidate's comes from the ID document as YYYY, YYYY-MM or YYYY-MM-DD.

/** A span of days, as UTC midnights in milliseconds: the least and the most a written date can mean. */
interface DateSpan {
  from: number;
  to: number;
}

export type BirthDateRelation = 'same' | 'different' | 'unknown';

/**
 * Whether the candidate's date of birth is one the entry lists: `same` when it falls within any
 * listed date, `different` when it falls within none, `unknown` when either side gives none.
 */
export function compareBirthDates(candidate: string | undefined, details: string): BirthDateRelation {
  const own = candidate ? isoSpan(candidate) : undefined;
  const listed = listedBirthDates(details);
  if (!own || listed.length === 0) return 'unknown';
  return listed.some((span) => span.from <= own.to && own.from <= span.to) ? 'same' : 'different';
}

/** The dates of birth an entry's details list (its `DOB` and `alt. DOB` parts). */
export function listedBirthDates(details: string): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const part of details.split(';')) {
    const dob = /^\s*(?:alt\.\s+)?DOB\s+(.+?)\.?\s*$/i.exec(part);
    if (!dob) continue;
    const span = listedSpan(dob[1]);
    if (span) spans.push(span);
  }
  return spans;
}

/** Years either side of a `circa` year: the list's own estimates are rough. */
const CIRCA_YEARS = 2;

function listedSpan(written: string): DateSpan | undefined {
  const circa = /^circa\s+(.+)$/i.exec(written);
  if (circa) {
    const years = /^(\d{4})(?:\s*[-\u2013]\s*(\d{4}))?$/.exec(circa[1].trim()) ?? /(\d{4})$/.exec(circa[1]);
    if (!years) return undefined;
    return yearsSpan(Number(years[1]) - CIRCA_YEARS, Number(years[2] ?? years[1]) + CIRCA_YEARS);
  }
  const [first, last = first] = written.split(/\s+to\s+/i);
  const from = writtenSpan(first);
  const to = writtenSpan(last);
  return from && to ? { from: from.from, to: to.to } : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `07 Aug 1965`, `Aug 1965`, `1965`. */
function writtenSpan(text: string): DateSpan | undefined {
  const match = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3})[a-z]*\s+)?(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const month = match[2] ? MONTHS.indexOf(match[2].toLowerCase()) : -1;
  if (match[2] && month < 0) return undefined;
  return daySpan(Number(match[3]), month < 0 ? undefined : month, match[1] ? Number(match[1]) : undefined);
}

/** `1990`, `1990-03`, `1990-03-15`. */
function isoSpan(text: string): DateSpan | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  return daySpan(Number(match[1]), match[2] ? Number(match[2]) - 1 : undefined, match[3] ? Number(match[3]) : undefined);
}

function daySpan(year: number, month?: number, day?: number): DateSpan {
  if (month === undefined) return yearsSpan(year, year);
  if (day === undefined) return { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 0) };
  return { from: Date.UTC(year, month, day), to: Date.UTC(year, month, day) };
}

function yearsSpan(first: number, last: number): DateSpan {
  return { from: Date.UTC(first, 0, 1), to: Date.UTC(last, 11, 31) };
}
