// Asks the enabled providers about one dossier. Loaded with `await import()` only under
// `--online`. Every failure becomes a line in `failed`; nothing here throws for a provider.

import { ipOf, isLocalIp } from '../util/ip.js';
import { phonesIn } from '../util/phone.js';
import type { Dossier, OnlineEvidence, PhoneLookup } from '../types.js';
import type { OnlineSettings, ProviderName } from './config.js';
import { LookupError } from './http.js';
import { lookupContext, type LookupContext } from './lookup.js';
import { progress } from './spinner.js';
import { githubUsername } from './github-username.js';
import { parseProfileUrl } from '../util/profile-url.js';
import * as twilio from './providers/twilio.js';
import * as numverify from './providers/numverify.js';
import { lookupIp } from './providers/ipinfo.js';
import { lookupGithub } from './providers/github.js';

/** Phone adapters in order of preference: Twilio types VoIP best. */
const PHONE: Partial<Record<ProviderName, (e164: string, ctx: LookupContext) => Promise<PhoneLookup>>> = {
  twilio: twilio.lookupPhone,
  numverify: numverify.lookupPhone,
};

/** Most IPs looked up per dossier: a long login history should not drain a quota. */
const MAX_IPS = 10;

export async function lookOnline(dossier: Dossier, settings: OnlineSettings): Promise<OnlineEvidence> {
  const ctx = lookupContext(settings, await progress());
  const evidence: OnlineEvidence = {};
  const failed: NonNullable<OnlineEvidence['failed']> = {};
  const enabled = (name: ProviderName) => settings.enabled.includes(name);

  const phoneProvider = settings.enabled.find((name) => PHONE[name]);
  const e164 = phoneProvider ? await untypedNumber(dossier) : undefined;
  if (phoneProvider && e164) {
    await attempt(async () => (evidence.phone = await PHONE[phoneProvider]!(e164, ctx)), (reason) => (failed.phone = reason));
  }

  const ips = enabled('ipinfo') ? publicIps(dossier) : [];
  for (const ip of ips) {
    const ok = await attempt(async () => {
      const answer = await lookupIp(ip, ctx);
      if (answer) evidence.ip = { ...evidence.ip, [ip]: answer };
    }, (reason) => (failed.ip = reason));
    // The same failure (credentials, rate limit, outage) would repeat for every other IP.
    if (!ok) break;
  }

  const github = enabled('github') ? githubProfile(dossier) : undefined;
  if (github) {
    await attempt(async () => (evidence.github = await lookupGithub(github.username, github.path, ctx)), (reason) => (failed.github = reason));
  }

  return Object.keys(failed).length > 0 ? { ...evidence, failed } : evidence;
}

async function attempt(action: () => Promise<unknown>, onFailure: (reason: string) => void): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (err) {
    // Anything but a LookupError is a bug in an adapter: say so without its message, which may hold a URL.
    onFailure(err instanceof LookupError ? err.message : `lookup failed unexpectedly (${(err as Error)?.name ?? 'error'})`);
    return false;
  }
}

/**
 * The number in E.164 when offline numbering-plan data cannot tell its line type (all of
 * North America, where VoIP numbers share area codes with mobiles and landlines); only
 * those are sent, so a provider learns no more numbers than it must.
 */
async function untypedNumber(dossier: Dossier): Promise<string | undefined> {
  if (!dossier.phone) return undefined;
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
  // The first number of a cell that gives several, as phone.voip reads it.
  const parsed = parsePhoneNumberFromString(phonesIn(dossier.phone)[0], (dossier.location?.country ?? 'US') as never);
  if (!parsed?.isValid()) return undefined;
  const type = parsed.getType();
  return type === undefined || type === 'FIXED_LINE_OR_MOBILE' ? parsed.number : undefined;
}

/** Public addresses only: private and loopback ones say nothing and should not leave the network. */
export function publicIps(dossier: Dossier): string[] {
  const listed = [...(dossier.network?.ipAddresses ?? []), ...(dossier.network?.logins ?? []).map((l) => l.ip ?? '')];
  const unique = [...new Set(listed.flatMap((value) => ipOf(value) ?? []).filter((ip) => !isLocalIp(ip)))];
  return unique.slice(0, MAX_IPS);
}

/**
 * The GitHub account to look up: the first link that names an account alone, else the owner of
 * the first repository link (`github.com/jellis/vet` is most often the candidate's own, but
 * `github.com/facebook/react` beside `github.com/jellis` is a project they worked on).
 */
export function githubProfile(dossier: Dossier): { username: string; path: string } | undefined {
  const links = (dossier.profiles ?? []).flatMap((profile, i) => {
    const username = githubUsername(profile.url);
    return username ? [{ username, path: `$.profiles[${i}]`, own: isAccountLink(profile.url) }] : [];
  });
  const chosen = links.find((link) => link.own) ?? links[0];
  return chosen && { username: chosen.username, path: chosen.path };
}

function isAccountLink(url: string): boolean {
  const parsed = parseProfileUrl(url);
  return parsed.ok && !parsed.profile.underAccount;
}
