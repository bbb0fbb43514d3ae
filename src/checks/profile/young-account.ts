import type { Check, Problem } from '../../types.js';
import { claimedExperience, dateOf, yearsBetween } from '../../resume/experience.js';
import { parseProfileUrl, siteName } from '../../util/profile-url.js';

/** Claimed experience below this is a junior or a new graduate: a new account is expected. */
const EXPERIENCED_YEARS = 3;

export const check: Check = {
  id: 'profile.young-account',
  title: 'Profile is much younger than the experience it should show',
  description:
    'Persona profiles are made for the application: an account created within the last year, or years after the career it is meant to document began, backs none of that career. Public guidance names recently created profiles among the signs. Many real engineers open a profile late or keep their work private, so on its own this is weak.',
  sources: ['fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267', 'seal-dprk-it-workers'],
  recommendation: 'Ask for older public traces of the work (other accounts, packages, talks, former colleagues you can reach independently), and discuss a past project in depth on a camera-on call.',
  severity: 'low',
  confidence: 'low',
  needs: ['profiles', 'resume.workHistory|resume.skills'],
  run({ dossier, gathered, now }) {
    const claimed = claimedExperience(dossier, now);
    if (claimed.years < EXPERIENCED_YEARS) return [];
    const problems: Problem[] = [];
    dossier.profiles?.forEach((profile, i) => {
      const path = `$.profiles[${i}]`;
      if (typeof profile !== 'object' || !('createdAt' in profile)) return;
      const created = dateOf(profile.createdAt);
      // With --online the GitHub API's date is judged by profile.github-account-age instead.
      if (created === undefined || created > now.getTime() || gathered.online?.github?.path === path) return;
      const age = yearsBetween(created, now.getTime());
      const afterCareerStart = claimed.since === undefined ? 0 : yearsBetween(claimed.since, created);
      const recent = age < 1;
      const lateAndFairlyNew = age < 2 && afterCareerStart >= 5;
      if (!recent && !lateAndFairlyNew) return;
      const parsed = parseProfileUrl(profile.url);
      const site = parsed.ok ? siteName(parsed.profile.site) : 'profile';
      const since = claimed.since === undefined ? '' : `, career dated from ${new Date(claimed.since).toISOString().slice(0, 7)}`;
      problems.push({ path, evidence: `${site} account created ${profile.createdAt} (${Math.round(age * 12)} months before this run); the resume claims ${Math.floor(claimed.years)} years of experience${since}` });
    });
    return problems;
  },
};
