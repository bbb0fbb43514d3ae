// Profile links as candidates write them, reduced to one comparable form: the same profile
// spelled two ways (case, `www.`, mobile hosts, trailing slashes, tracking parameters,
// twitter.com for x.com) gives the same key. Offline: nothing here fetches a URL.

import { byCodeUnits } from './order.js';

export type ProfileSite = 'github' | 'gitlab' | 'linkedin' | 'stackoverflow' | 'x' | 'site';

export interface ProfileUrl {
  site: ProfileSite;
  /** Normalised URL: https, lower-case host without `www.`/`m.`/`mobile.`, no tracking, no trailing slash. */
  url: string;
  /** Stable identity of the profile: `github:jellis`, `linkedin:in/jordan-ellis`, `site:jordanellis.dev`. */
  key: string;
  /** The account's handle or vanity name, where the site has one (`jellis`, `jordan-ellis`). */
  handle?: string;
  /** Stack Overflow's numeric user id (the handle there is the display-name slug). */
  userId?: string;
  host: string;
  /**
   * The link names a repository or a page under the account (`github.com/kubernetes/kubernetes`):
   * the account may be a project's or an organisation's that many candidates list, not their own.
   */
  underAccount?: true;
}

export type ProfileParse = { ok: true; profile: ProfileUrl } | { ok: false; reason: string };

/** Parameters that say where a click came from, never which profile it is. */
const TRACKING = /^(utm_\w+|fbclid|gclid|msclkid|mc_[ce]id|igshid|si|ref|ref_src|ref_url|trk|trkinfo|originalsubdomain|lipi|src|source|s|t|_ga|_gl|hsctatracking)$/i;

/** Host prefixes that serve the same page: `www.`, mobile sites, LinkedIn's country hosts. */
const ALIAS_PREFIX = /^(www\d*|m|mobile|touch)\./;
const LINKEDIN_COUNTRY = /^[a-z]{2}\.linkedin\.com$/;
/** LinkedIn's member ids: `ACoAA` or `ACwAA` and a base64 tail. */
const LINKEDIN_MEMBER_ID = /^ac[o-w]aa[a-z0-9_-]{8,}$/;

const SITE_OF_HOST: Record<string, ProfileSite> = {
  'github.com': 'github',
  // A gist page's first segment is its owner's account, as on github.com.
  'gist.github.com': 'github',
  'gitlab.com': 'gitlab',
  'linkedin.com': 'linkedin',
  'stackoverflow.com': 'stackoverflow',
  'x.com': 'x',
  'twitter.com': 'x',
};

/** First path segments that are pages of the site, not accounts. */
const NOT_ACCOUNTS: Partial<Record<ProfileSite, Set<string>>> = {
  github: new Set(['about', 'features', 'marketplace', 'settings', 'topics', 'explore', 'login', 'join', 'pricing', 'search', 'notifications', 'new', 'trending', 'collections', 'enterprise']),
  gitlab: new Set(['explore', 'users', 'dashboard', 'help', 'search', 'projects', 'groups', 'admin']),
  x: new Set(['home', 'i', 'intent', 'share', 'search', 'explore', 'settings', 'login', 'signup', 'hashtag', 'messages', 'notifications']),
};

const HANDLE_PATTERN: Partial<Record<ProfileSite, RegExp>> = {
  github: /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/,
  gitlab: /^[a-z\d_][a-z\d_.-]{0,254}$/,
  x: /^[a-z\d_]{1,15}$/,
};

/** Parses a profile URL as written in a dossier; a value that is no usable URL says why. */
export function parseProfileUrl(raw: string): ProfileParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(text)) return { ok: false, reason: 'contains spaces' };
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(text) && !/^[^/:]+\.[a-z]{2,}:\d/i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: `not a web address (${url.protocol.replace(':', '')}:)` };
  if (url.username || url.password) return { ok: false, reason: 'carries a user name or password' };
  const host = canonicalHost(url.hostname);
  if (!/^([a-z\d](?:[a-z\d-]*[a-z\d])?\.)+(xn--[a-z\d-]+|[a-z]{2,})$/.test(host)) return { ok: false, reason: `host ${JSON.stringify(url.hostname)} is not a domain name` };

  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => safeDecode(s));
  const site = SITE_OF_HOST[host] ?? 'site';
  return site === 'site' ? { ok: true, profile: personalSite(host, segments, url) } : knownSite(site, host, segments);
}

/** The profile's comparable key, or undefined when the URL does not parse. */
export function profileKey(raw: string): string | undefined {
  const parsed = parseProfileUrl(raw);
  return parsed.ok ? parsed.profile.key : undefined;
}

/**
 * The key of a link that names a person's own account, for linking candidates: a repository or an
 * organisation's page (`github.com/kubernetes/kubernetes`, `github.com/orgs/acme`) is a project
 * many contributors list, and two of them listing it are no one profile.
 */
export function ownProfileKey(raw: string): string | undefined {
  const parsed = parseProfileUrl(raw);
  return parsed.ok && !parsed.profile.underAccount ? parsed.profile.key : undefined;
}

function canonicalHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  while (ALIAS_PREFIX.test(host) && host.split('.').length > 2) host = host.replace(ALIAS_PREFIX, '');
  if (LINKEDIN_COUNTRY.test(host)) host = 'linkedin.com';
  return host;
}

function knownSite(site: ProfileSite, host: string, segments: string[]): ProfileParse {
  const lower = segments.map((s) => s.toLowerCase());
  const canonicalDomain = site === 'x' ? 'x.com' : host;
  const made = (path: string[], key: string, handle?: string, userId?: string): ProfileParse => ({
    ok: true,
    profile: { site, host: canonicalDomain, url: `https://${canonicalDomain}/${path.join('/')}`, key: `${site}:${key}`, ...(handle && { handle }), ...(userId && { userId }) },
  });

  if (site === 'linkedin') {
    // Personal pages are /in/<vanity> (and the old /pub/<name>/...); /company/ is not a person.
    // A member id (`/in/ACoAAB...`, as exports and the API give a profile) is no handle a person chose.
    const handle = lower[1] && !LINKEDIN_MEMBER_ID.test(lower[1]) ? lower[1] : undefined;
    if ((lower[0] === 'in' || lower[0] === 'pub') && lower[1]) return made([lower[0], lower[1]], `${lower[0]}/${lower[1]}`, handle);
    if (lower[0] === 'company' && lower[1]) return { ok: false, reason: 'a LinkedIn company page, not a person' };
    return { ok: false, reason: 'a LinkedIn address that names no profile' };
  }
  if (site === 'stackoverflow') {
    const at = lower[0] === 'users' || lower[0] === 'u' ? 1 : -1;
    const id = at > 0 ? lower[at] : undefined;
    if (!id || !/^\d+$/.test(id)) return { ok: false, reason: 'a Stack Overflow address that names no user' };
    return made(['users', id, ...(lower[2] ? [lower[2]] : [])], id, lower[2], id);
  }

  // GitHub, GitLab, X: the first segment is the account (a repository URL still names its owner).
  const skip = site === 'github' && (lower[0] === 'orgs' || lower[0] === 'sponsors') ? 1 : 0;
  const handle = lower[skip]?.replace(/^@/, '');
  if (!handle || NOT_ACCOUNTS[site]?.has(handle)) return { ok: false, reason: `a ${siteName(site)} address that names no account` };
  if (!HANDLE_PATTERN[site]?.test(handle)) return { ok: false, reason: `${JSON.stringify(segments[skip])} is not a valid ${siteName(site)} user name` };
  const parsed = made([handle], handle, handle);
  if (parsed.ok && (skip > 0 || lower.length > 1)) parsed.profile.underAccount = true;
  return parsed;
}

function personalSite(host: string, segments: string[], url: URL): ProfileUrl {
  const path = segments.filter((s, i) => !(i === segments.length - 1 && /^index\.html?$/i.test(s))).map(encodeURIComponent);
  const query = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => byCodeUnits(a, b));
  const search = query.length ? `?${new URLSearchParams(query).toString()}` : '';
  const tail = `${path.length ? `/${path.join('/')}` : ''}${search}`;
  return { site: 'site', host, url: `https://${host}${tail || ''}`, key: `site:${host}${tail}` };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function siteName(site: ProfileSite): string {
  return { github: 'GitHub', gitlab: 'GitLab', linkedin: 'LinkedIn', stackoverflow: 'Stack Overflow', x: 'X', site: 'personal site' }[site];
}
