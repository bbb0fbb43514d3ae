// A GitHub username from a profile URL in a dossier. The URL itself is never fetched:
// only the username goes to the configured GitHub API.

/** Top-level paths of github.com that are not accounts. */
const RESERVED = new Set(['about', 'apps', 'collections', 'contact', 'enterprise', 'explore', 'features', 'issues', 'login', 'marketplace', 'new', 'notifications', 'orgs', 'organizations', 'pricing', 'pulls', 'search', 'settings', 'site', 'sponsors', 'topics', 'trending', 'users']);

const USERNAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function githubUsername(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
  } catch {
    return undefined;
  }
  if (!['github.com', 'www.github.com'].includes(parsed.hostname.toLowerCase())) return undefined;
  const first = parsed.pathname.split('/').filter(Boolean)[0];
  if (!first || !USERNAME.test(first) || RESERVED.has(first.toLowerCase())) return undefined;
  return first;
}
