// GitHub's public REST API: when an account was created, and the UTC offsets of the author
// clocks of its recent public commits. The offset is not in the JSON commit (GitHub gives UTC
// there) but is in the patch form's Date header, which keeps the author's own offset.
// https://docs.github.com/en/rest/users/users#get-a-user
// https://docs.github.com/en/rest/activity/events#list-public-events-for-a-user
// https://docs.github.com/en/rest/commits/commits#get-a-commit (media type application/vnd.github.patch)

import { z } from 'zod';
import { LookupError } from '../http.js';
import type { LookupContext } from '../lookup.js';
import type { GithubLookup } from '../../types.js';

const user = z.object({ login: z.string(), created_at: z.string().refine((s) => !Number.isNaN(Date.parse(s))) });

const events = z.array(
  z.object({
    type: z.string(),
    repo: z.object({ name: z.string() }).optional(),
    // Push events listed their commits until 2025; newer answers may only name the head.
    payload: z.object({ head: z.string().optional(), commits: z.array(z.object({ sha: z.string() })).optional() }).loose().optional(),
  }).loose(),
);

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{7,40}$/;

export async function lookupGithub(username: string, path: string, ctx: LookupContext): Promise<GithubLookup> {
  const profile = user.safeParse(await ctx.get(request(ctx, `/users/${username}`, 'application/vnd.github+json', 'json'), 'GitHub: account'));
  if (!profile.success) throw new LookupError('github: answered in an unexpected format');
  return { provider: 'github', username, path, createdAt: new Date(profile.data.created_at).toISOString(), commits: await commits(username, ctx) };
}

/** Commit offsets are a bonus: an account without public pushes, or an unreadable commit, just gives fewer. */
async function commits(username: string, ctx: LookupContext): Promise<GithubLookup['commits']> {
  let listed: z.output<typeof events>;
  try {
    const parsed = events.safeParse(await ctx.get(request(ctx, `/users/${username}/events/public?per_page=100`, 'application/vnd.github+json', 'json'), 'GitHub: public events'));
    if (!parsed.success) return [];
    listed = parsed.data;
  } catch {
    return [];
  }
  const wanted = new Map<string, { repo: string; sha: string }>();
  for (const event of listed) {
    if (event.type !== 'PushEvent' || !event.repo || !REPO.test(event.repo.name)) continue;
    const shas = event.payload?.commits?.map((c) => c.sha) ?? (event.payload?.head ? [event.payload.head] : []);
    for (const sha of shas) if (SHA.test(sha)) wanted.set(sha, { repo: event.repo.name, sha });
  }
  const out: GithubLookup['commits'] = [];
  for (const { repo, sha } of [...wanted.values()].slice(0, ctx.settings.githubCommits)) {
    try {
      const patch = await ctx.get(request(ctx, `/repos/${repo}/commits/${sha}`, 'application/vnd.github.patch', 'text'), 'GitHub: commit time zone');
      const date = patchDate(String(patch));
      if (date) out.push(date);
    } catch {
      // One unreadable commit (deleted, private now, rate limit) leaves the others.
    }
  }
  return out;
}

function request(ctx: LookupContext, path: string, accept: string, as: 'json' | 'text') {
  const { baseUrl, credentials } = ctx.settings.providers.github;
  return {
    provider: 'github',
    url: `${baseUrl}${path}`,
    headers: { Accept: accept, 'X-GitHub-Api-Version': '2022-11-28', ...(credentials.token && { Authorization: `Bearer ${credentials.token}` }) },
    as,
  };
}

/** `Date: Mon, 5 Jan 2026 02:14:00 +0900` -> the instant and the author's offset. */
export function patchDate(patch: string): { at: string; offset: string } | undefined {
  const match = /^Date: (.+ ([+-]\d{4}))\s*$/m.exec(patch.slice(0, 4_000));
  if (!match) return undefined;
  const time = Date.parse(match[1]);
  if (Number.isNaN(time)) return undefined;
  return { at: new Date(time).toISOString(), offset: match[2] };
}
