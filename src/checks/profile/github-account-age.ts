import type { Check, Dossier } from '../../types.js';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export const check: Check = {
  id: 'profile.github-account-age',
  title: 'GitHub account is much younger than the experience claimed',
  description:
    'Fabricated personas often come with a GitHub account created shortly before applying, while the resume claims years of development work. The creation date comes from the GitHub API (--online). Many developers keep their work in employer or private repositories, so on its own this is weak.',
  sources: ['mandiant-2024-09-unc5267', 'fbi-psa-2023-10-18', 'github-rest-users'],
  recommendation: 'Ask for older public work (other accounts, packages, talks) and discuss a past project in technical depth on a camera-on call.',
  severity: 'low',
  confidence: 'low',
  needs: ['profiles', 'resume.workHistory|resume.skills'],
  online: true,
  run({ dossier, gathered, now }) {
    const online = gathered.online;
    if (!online) return { skip: 'needs --online' };
    const github = online.github;
    if (!github) return { skip: online.failed?.github ?? 'no GitHub profile was looked up' };
    const claimed = claimedYears(dossier, now);
    if (claimed === undefined) return { skip: 'no dated work history or skill years to compare with' };
    const age = (now.getTime() - Date.parse(github.createdAt)) / YEAR_MS;
    if (claimed < 3 || age >= 1) return [];
    return [
      {
        path: github.path,
        evidence: `GitHub account created ${github.createdAt.slice(0, 10)} (${Math.max(0, Math.round(age * 12))} months ago); the resume claims ${Math.floor(claimed)} years of experience`,
      },
    ];
  },
};

/** Years since the earliest dated job, or the most years claimed for one skill. */
export function claimedYears(dossier: Dossier, now: Date): number | undefined {
  const starts = (dossier.resume?.workHistory ?? []).map((w) => (w.start ? Date.parse(w.start.length === 4 ? `${w.start}-01` : w.start) : NaN)).filter((t) => !Number.isNaN(t) && t <= now.getTime());
  const fromJobs = starts.length > 0 ? (now.getTime() - Math.min(...starts)) / YEAR_MS : undefined;
  const skillYears = (dossier.resume?.skills ?? []).map((s) => s.years).filter((y): y is number => y !== undefined);
  const fromSkills = skillYears.length > 0 ? Math.max(...skillYears) : undefined;
  if (fromJobs === undefined) return fromSkills;
  return fromSkills === undefined ? fromJobs : Math.max(fromJobs, fromSkills);
}
