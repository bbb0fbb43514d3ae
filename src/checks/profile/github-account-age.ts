import type { Check } from '../../types.js';
import { claimedExperience, yearsBetween } from '../../resume/experience.js';

/** Claimed experience below this is a junior or a new graduate: a new account is expected. Same bar as profile.young-account. */
const EXPERIENCED_YEARS = 3;

export const check: Check = {
  id: 'profile.github-account-age',
  title: 'GitHub account is much younger than the experience claimed',
  description:
    'Fabricated personas often come with a GitHub account created shortly before applying, while the resume claims years of development work. The creation date comes from the GitHub API (--online), where profile.young-account judges a date written in the dossier. Many developers keep their work in employer or private repositories, so on its own this is weak.',
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
    const claimed = claimedExperience(dossier, now);
    if (claimed.years < EXPERIENCED_YEARS) return [];
    const created = Date.parse(github.createdAt);
    const age = yearsBetween(created, now.getTime());
    const afterCareerStart = claimed.since === undefined ? 0 : yearsBetween(claimed.since, created);
    // The same two shapes as profile.young-account: new, or opened late in a long career and still fairly new.
    if (!(age < 1) && !(age < 2 && afterCareerStart >= 5)) return [];
    return [
      {
        path: github.path,
        evidence: `GitHub account created ${github.createdAt.slice(0, 10)} (${Math.max(0, Math.round(age * 12))} months before this run); the resume claims ${Math.floor(claimed.years)} years of experience`,
      },
    ];
  },
};
