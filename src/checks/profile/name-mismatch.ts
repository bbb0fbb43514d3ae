import type { Check, Dossier, Problem } from '../../types.js';
import { tokenize } from '../../names/index.js';
import { hasOtherScript } from '../../names/transliterate.js';
import { parseProfileUrl, siteName, type ProfileUrl } from '../../util/profile-url.js';

export const check: Check = {
  id: 'profile.name-mismatch',
  title: "Profile handle matches none of the candidate's names",
  description:
    "A profile whose handle or display name shares nothing with the candidate's names may belong to someone else, or be a persona renamed between candidates. Handles are often nicknames, so this is informational: it tells the reviewer which profile to look at.",
  sources: ['fbi-psa-2023-10-18', 'seal-dprk-it-workers'],
  recommendation: "Open the profile and check that its name, photo and history are the candidate's; ask the candidate about it if not.",
  severity: 'info',
  confidence: 'low',
  needs: ['profiles'],
  run({ dossier }) {
    // A name in another script, read in Latin letters by one system of several (`김지우` is `gimjiu`,
    // the handle `jiwookim`), says too little about a handle: no signal.
    if (namesOf(dossier).some(hasOtherScript)) return [];
    const tokens = nameTokens(dossier);
    if (tokens.length === 0 || tokens.some((t) => /[^a-z0-9]/.test(t))) return [];
    const problems: Problem[] = [];
    dossier.profiles?.forEach((profile, i) => {
      const parsed = parseProfileUrl(profile.url);
      if (!parsed.ok) return;
      const handle = identityOf(parsed.profile);
      const displayName = 'name' in profile && typeof profile.name === 'string' ? profile.name : undefined;
      const checked = [handle, displayName].filter((v): v is string => Boolean(v));
      if (checked.length === 0 || checked.some((value) => matchesName(value, tokens))) return;
      problems.push({ path: `$.profiles[${i}]`, evidence: `${siteName(parsed.profile.site)} ${checked.map((v) => `"${v}"`).join(' / ')} shares nothing with the candidate's names` });
    });
    return problems;
  },
};

function namesOf(dossier: Dossier): string[] {
  return [dossier.name, ...(dossier.aliases ?? []), dossier.idDocument?.nameOnDocument].filter((n): n is string => Boolean(n));
}

function nameTokens(dossier: Dossier): string[] {
  return [...new Set(namesOf(dossier).flatMap((n) => tokenize(n)))];
}

/** Hosts where each user gets a subdomain: the subdomain is the handle. */
const USER_SUBDOMAIN_HOSTS = /\.(github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|medium\.com|substack\.com|wordpress\.com|blogspot\.com)$/;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

/** The part of a profile that names its owner: the handle, or a personal domain's own label. */
function identityOf(profile: ProfileUrl): string | undefined {
  if (profile.site !== 'site') return profile.handle;
  const labels = profile.host.split('.');
  if (USER_SUBDOMAIN_HOSTS.test(profile.host)) return labels[0];
  const sld = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]) ? labels.length - 3 : labels.length - 2;
  return labels[sld];
}

/**
 * A handle matches when it contains a name of three letters or more (`jellis` has `ellis`),
 * has a shorter name as a whole word (`li-wei`), or is made of the name's initials (`jde`).
 */
function matchesName(value: string, tokens: string[]): boolean {
  const words = tokenize(value.replace(/([a-z])([A-Z])/g, '$1 $2')).map((w) => w.replace(/\d+/g, '')).filter(Boolean);
  const letters = words.join('');
  if (letters === '') return false;
  if (tokens.some((t) => (t.length >= 3 ? letters.includes(t) : words.includes(t)))) return true;
  const initials = tokens.map((t) => t[0]).join('');
  return letters.length >= 2 && letters.length <= tokens.length + 1 && [...letters].every((c) => initials.includes(c));
}
