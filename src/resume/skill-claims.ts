// Years of experience a resume's text claims with one named technology: `12+ years of React`,
// `8 years of experience with Kubernetes`, `Solidity (10 years)`, `Rust: 6 yrs`. Only a
// technology of rules/tech-release-years.json counts, and only when the years are said of it
// alone: `15 years of experience, including Kubernetes` claims fifteen years of work, not of
// Kubernetes, and is not read.

import { techNames } from '../data/tech-release-years.js';

export interface SkillClaim {
  /** The technology as written: `React.js`. */
  name: string;
  years: number;
  /** The words that claim it, as written, for the evidence: `12+ years of React`. */
  quote: string;
}

const YEARS = String.raw`(\d{1,2})\s*\+?\s*(?:years?|yrs?)`;
const LEAD_IN = String.raw`(?:of\s+)?(?:(?:professional|commercial|hands-on|production|industry|working|solid|strong)\s+)?(?:experience\s+|expertise\s+|work\s+)?(?:with|in|of|using|on|building\s+with)?\s*`;

let patterns: { before: RegExp; after: RegExp } | undefined;

/** Each claim once per technology (the largest, as a reader would hold the resume to it). */
export function skillClaims(text: string): SkillClaim[] {
  // Most resumes in a sheet never say "years": the name patterns are not run over them.
  if (!/\by(?:ea)?rs?\b/i.test(text)) return [];
  patterns ??= compile();
  const claims = new Map<string, SkillClaim>();
  const keep = (name: string, years: number, quote: string) => {
    const key = name.toLowerCase();
    const known = claims.get(key);
    if (!known || known.years < years) claims.set(key, { name, years, quote: quote.replace(/\s+/g, ' ').trim() });
  };
  for (const m of text.matchAll(patterns.before)) keep(m[2], Number(m[1]), m[0]);
  for (const m of text.matchAll(patterns.after)) keep(m[1], Number(m[2]), m[0]);
  return [...claims.values()];
}

/**
 * `N years (of experience with) TECH` and `TECH (N years)`. A technology's name must stand alone:
 * not inside a word, and not before `-` or `.` and a letter (`Go-live`, `React.Native` is another
 * name), so that `5 years ago` or `2 years of go-live support` claim no Go.
 */
function compile(): { before: RegExp; after: RegExp } {
  const names = techNames()
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const tech = String.raw`(?<![\w.#+-])(${names})(?![\w#+]|[-.][A-Za-z])`;
  return {
    before: new RegExp(String.raw`\b${YEARS}\s+${LEAD_IN}${tech}`, 'gi'),
    after: new RegExp(String.raw`${tech}\s*(?:\(\s*|[:\u2013\u2014-]\s*)${YEARS}`, 'gi'),
  };
}
