// How much experience a dossier claims, read from the resume's structured parts.

import type { Dossier } from '../types.js';

export interface ClaimedExperience {
  /** Years since the earliest job started, or the most years claimed with one skill, whichever is more. */
  years: number;
  /** When the earliest listed job started (ms since epoch), when there is one. */
  since?: number;
  /** Senior by years (5 or more) or by the title of the most recent job. */
  senior: boolean;
}

const SENIOR_TITLE = /\b(senior|sr\.?|lead|principal|staff|architect|head of|director|vp|cto)\b/i;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export function claimedExperience(dossier: Dossier, now: Date): ClaimedExperience {
  const jobs = dossier.resume?.workHistory ?? [];
  const starts = jobs.map((j) => dateOf(j.start)).filter((t): t is number => t !== undefined && t <= now.getTime());
  const since = starts.length ? Math.min(...starts) : undefined;
  const fromJobs = since === undefined ? 0 : (now.getTime() - since) / YEAR_MS;
  const fromSkills = Math.max(0, ...(dossier.resume?.skills ?? []).map((s) => s.years ?? 0));
  const years = Math.max(fromJobs, fromSkills);
  const latest = [...jobs].sort((a, b) => (dateOf(b.start) ?? 0) - (dateOf(a.start) ?? 0))[0];
  return { years, ...(since !== undefined && { since }), senior: years >= 5 || SENIOR_TITLE.test(latest?.title ?? '') };
}

/** `2021`, `2021-03`, `2021-03-14` as the first moment they name (UTC). */
export function dateOf(value: string | undefined): number | undefined {
  const match = value?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
}

export function yearsBetween(from: number, to: number): number {
  return (to - from) / YEAR_MS;
}
