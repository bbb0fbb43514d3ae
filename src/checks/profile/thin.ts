import type { Check, Problem } from '../../types.js';
import { claimedExperience } from '../../resume/experience.js';
import { parseProfileUrl } from '../../util/profile-url.js';

/** A professional network this small is unusual after five years of work in the field. */
const FEW_CONNECTIONS = 50;
const SENIOR_YEARS = 5;
/** Followers say little: many strong engineers have none. Only a long career with none at all is noted. */
const LONG_CAREER_YEARS = 8;

export const check: Check = {
  id: 'profile.thin',
  title: 'Profile has very few connections for the seniority claimed',
  description:
    'A senior engineer usually has a professional network built over years; persona profiles are new and nearly empty. Public reporting on DPRK IT workers describes profiles with little history. Private people and those new to a network look the same, so this is informational or weak only.',
  sources: ['mandiant-2024-09-unc5267', 'seal-dprk-it-workers'],
  recommendation: 'Look for people who know the candidate: former colleagues or managers you can reach through their employer, not through the candidate.',
  severity: 'low',
  confidence: 'low',
  needs: ['profiles', 'resume.workHistory|resume.skills'],
  run({ dossier, now }) {
    const claimed = claimedExperience(dossier, now);
    const years = Math.floor(claimed.years);
    const problems: Problem[] = [];
    dossier.profiles?.forEach((listed, i) => {
      const profile: { url: string; connections?: number; followers?: number } = listed;
      const parsed = parseProfileUrl(profile.url);
      const site = parsed.ok ? parsed.profile.site : undefined;
      const path = `$.profiles[${i}]`;
      if (site === 'linkedin' && profile.connections !== undefined && profile.connections < FEW_CONNECTIONS && claimed.years >= SENIOR_YEARS) {
        problems.push({ path, evidence: `LinkedIn profile with ${profile.connections} connections; the resume claims ${years} years of experience` });
      }
      if ((site === 'github' || site === 'gitlab') && profile.followers === 0 && claimed.years >= LONG_CAREER_YEARS) {
        problems.push({ path, evidence: `${site === 'github' ? 'GitHub' : 'GitLab'} account with no followers; the resume claims ${years} years of experience`, severity: 'info' });
      }
    });
    return problems;
  },
};
