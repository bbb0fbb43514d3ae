import type { Check, CheckContext, Dossier, Problem } from '../../types.js';
import { techRelease } from '../../data/tech-release-years.js';
import { resumeTextOf } from '../../resume/text.js';
import { skillClaims } from '../../resume/skill-claims.js';

/** Overlaps up to this many months are the normal hand-over at a job change. */
const HANDOVER_MONTHS = 3;
/** A claim is impossible only when it beats the technology's age by more than a rounded-up year. */
const ROUNDING_YEARS = 1;

export const check: Check = {
  id: 'resume.impossible-experience',
  title: 'Resume claims experience that cannot be true',
  description:
    'Fabricated resumes claim more years with a technology than it has existed (in the skills listed, or in the resume\'s words: `15+ years of Kubernetes`), hold several full-time jobs at once, or carry dates that run backwards. Public guidance on DPRK IT workers lists inconsistencies in work history as a red flag.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask the candidate to walk through the dates and the technology on a call, and verify the employment with the employers directly (not through contacts the candidate supplies).',
  severity: 'medium',
  confidence: 'high',
  needs: ['resume.skills|resume.workHistory|resume.education|resume.text|resume.file'],
  run(ctx) {
    const { dossier, now } = ctx;
    return [...impossibleSkillYears(dossier, now), ...impossibleTextClaims(ctx), ...backwardsDates(dossier), ...overlappingJobs(dossier, now)];
  },
};

/** Years a technology first released in `releaseYear` has existed by `now`. */
function mostPossibleYears(releaseYear: number, now: Date): number {
  return yearsBetween(Date.UTC(releaseYear, 0, 1), now.getTime());
}

function impossibleSkillYears(dossier: Dossier, now: Date): Problem[] {
  const problems: Problem[] = [];
  dossier.resume?.skills?.forEach((skill, i) => {
    const release = techRelease(skill.name);
    if (!release || skill.years === undefined) return;
    const possible = mostPossibleYears(release.year, now);
    if (skill.years <= possible + ROUNDING_YEARS) return;
    problems.push({
      path: `$.resume.skills[${i}].years`,
      evidence: `${skill.years} years of ${skill.name} claimed; ${release.name} was first released in ${release.year} (${release.source}), at most ${Math.floor(possible)} years ago`,
    });
  });
  return problems;
}

/**
 * The same claims made in the resume's words (`15+ years of Kubernetes`), for resumes given as
 * text or a file; a technology the structured skills already judge is not judged twice.
 */
function impossibleTextClaims(ctx: CheckContext): Problem[] {
  const text = resumeTextOf(ctx);
  if (typeof text !== 'string') return [];
  const judged = new Set((ctx.dossier.resume?.skills ?? []).flatMap((skill) => techRelease(skill.name)?.name ?? []));
  const problems: Problem[] = [];
  for (const claim of skillClaims(text)) {
    const release = techRelease(claim.name);
    if (!release || judged.has(release.name)) continue;
    judged.add(release.name);
    const possible = mostPossibleYears(release.year, ctx.now);
    if (claim.years <= possible + ROUNDING_YEARS) continue;
    problems.push({
      path: '$.resume',
      evidence: `resume says "${claim.quote}"; ${release.name} was first released in ${release.year} (${release.source}), at most ${Math.floor(possible)} years ago`,
    });
  }
  return problems;
}

function backwardsDates(dossier: Dossier): Problem[] {
  const problems: Problem[] = [];
  const lists = [
    ['workHistory', dossier.resume?.workHistory ?? []],
    ['education', dossier.resume?.education ?? []],
  ] as const;
  for (const [list, items] of lists) {
    items.forEach((item, i) => {
      const start = monthOf(item.start, 'earliest');
      const end = item.end === undefined || /^present$/i.test(item.end) ? undefined : monthOf(item.end, 'latest');
      if (start === undefined || end === undefined || end >= start) return;
      const what = 'employer' in item ? item.employer : item.institution;
      problems.push({
        path: `$.resume.${list}[${i}]`,
        evidence: `${what ?? list} ends (${item.end}) before it starts (${item.start})`,
        severity: 'low',
      });
    });
  }
  return problems;
}

interface Job {
  index: number;
  employer: string;
  start: number;
  end: number;
}

function overlappingJobs(dossier: Dossier, now: Date): Problem[] {
  const jobs = fullTimeJobs(dossier, now);
  const problems: Problem[] = [];
  for (let a = 0; a < jobs.length; a++) {
    for (let b = a + 1; b < jobs.length; b++) {
      const overlap = Math.min(jobs[a].end, jobs[b].end) - Math.max(jobs[a].start, jobs[b].start);
      if (overlap <= HANDOVER_MONTHS) continue;
      problems.push({
        path: `$.resume.workHistory[${jobs[b].index}]`,
        evidence: `full-time jobs at ${jobs[a].employer} and ${jobs[b].employer} overlap by about ${overlap} months`,
        // Holding two jobs for a few months happens; for a year or more it is the pattern of one person working several.
        severity: overlap >= 12 ? 'medium' : 'low',
      });
    }
  }
  return problems;
}

/** Side jobs (freelance, part-time, advisory, teaching) legitimately run alongside a full-time one. */
const NOT_FULL_TIME = /\b(part[- ]?time|freelanc\w*|contract(or)?|consult\w*|advis\w*|volunteer\w*|intern(ship)?|mentor|instructor|teaching|lecturer|tutor|board|self[- ]?employed|founder|co-?founder|owner)\b/i;

function fullTimeJobs(dossier: Dossier, now: Date): Job[] {
  const jobs: Job[] = [];
  dossier.resume?.workHistory?.forEach((job, index) => {
    if (job.fullTime === false) return;
    if (job.fullTime !== true && NOT_FULL_TIME.test(`${job.title ?? ''} ${job.employer ?? ''}`)) return;
    // Year-only dates are read narrowly (a start year as December, an end year as January) so that
    // imprecision never creates an overlap.
    const start = monthOf(job.start, 'latest');
    const end = job.end === undefined ? undefined : /^present$/i.test(job.end) ? monthIndex(now) : monthOf(job.end, 'earliest');
    if (start === undefined || end === undefined || end <= start) return;
    jobs.push({ index, employer: job.employer ?? `job ${index + 1}`, start, end });
  });
  return jobs;
}

/** Months since year 0; a year alone is its first or last month as asked. */
function monthOf(date: string | undefined, yearAlone: 'earliest' | 'latest'): number | undefined {
  const match = date?.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!match) return undefined;
  const month = match[2] ? Number(match[2]) - 1 : yearAlone === 'earliest' ? 0 : 11;
  return Number(match[1]) * 12 + month;
}

function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function yearsBetween(from: number, to: number): number {
  return (to - from) / (365.25 * 24 * 3600 * 1000);
}
