import type { Check } from '../../types.js';

/** Commits up to a month older than the account happen when a project is pushed right after sign-up. */
const GRACE_MS = 30 * 24 * 3600 * 1000;

export const check: Check = {
  id: 'profile.github-created-after-commits',
  title: 'GitHub account shows commits dated before it existed',
  description:
    'Commit dates are set by the author, so a history can be backdated to make a new account look established. Commits dated well before the account was created (GitHub API, --online) are either history imported from elsewhere (common and benign) or fabricated.',
  sources: ['mandiant-2024-09-unc5267', 'github-rest-commits', 'github-rest-users'],
  recommendation: 'Ask where the older history comes from (previous host, employer repository) and check that it exists there.',
  severity: 'low',
  confidence: 'low',
  needs: ['profiles'],
  online: true,
  run({ gathered }) {
    const online = gathered.online;
    if (!online) return { skip: 'needs --online' };
    const github = online.github;
    if (!github) return { skip: online.failed?.github ?? 'no GitHub profile was looked up' };
    const created = Date.parse(github.createdAt);
    const before = github.commits.filter((c) => Date.parse(c.at) < created - GRACE_MS);
    if (before.length === 0) return [];
    const earliest = before.map((c) => c.at).sort()[0];
    return [
      {
        path: github.path,
        evidence: `${before.length} of ${github.commits.length} recent public commits are dated before the account was created (earliest ${earliest.slice(0, 10)}, account created ${github.createdAt.slice(0, 10)})`,
      },
    ];
  },
};
