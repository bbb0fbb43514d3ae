import type { Check, Problem } from '../../types.js';
import { parseProfileUrl } from '../../util/profile-url.js';

export const check: Check = {
  id: 'profile.invalid-url',
  title: 'Profile link is not a usable profile address',
  description:
    'A profile link that is not a web address, or names no account (a site home page, a company page), cannot be checked against the candidate; personas sometimes list links that lead nowhere. Often it is only a typing or export error.',
  sources: ['fbi-psa-2023-10-18'],
  recommendation: 'Ask the candidate for the exact profile address and look at it yourself before relying on it.',
  severity: 'info',
  confidence: 'high',
  needs: ['profiles'],
  run({ dossier }) {
    const problems: Problem[] = [];
    dossier.profiles?.forEach((profile, i) => {
      const parsed = parseProfileUrl(profile.url);
      if (!parsed.ok) problems.push({ path: `$.profiles[${i}]`, evidence: `${JSON.stringify(shorten(profile.url))}: ${parsed.reason}` });
    });
    return problems;
  },
};

/** Evidence quotes the value, but never a wall of text. */
function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
