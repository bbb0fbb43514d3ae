import { isIP } from 'node:net';
import type { Check } from '../../types.js';
import { loginIps } from '../../data/login-ips.js';
import { ipOf } from '../../util/ip.js';
import { maskIp } from '../../util/mask.js';

/** How many masked addresses the evidence shows before "and N more". */
const SHOWN = 5;

export const check: Check = {
  id: 'network.many-ips',
  title: 'Logins came from many different addresses',
  description:
    'The 2022 US government guidance on DPRK IT workers lists multiple logins into one account from various IP addresses in a short time as a red flag: accounts shared by several operators, or hopping between proxies, show up as many addresses. Mobile networks and travel produce the same picture, so on its own this is weak.',
  sources: ['state-treasury-fbi-2022-05-16'],
  recommendation: 'Look at where the addresses are (country, hosting or VPN ranges) and when they were used; ask the candidate about them.',
  severity: 'low',
  confidence: 'low',
  needs: ['network.ipAddresses|network.logins'],
  run({ dossier }) {
    const rule = loginIps();
    const raw = [...(dossier.network?.ipAddresses ?? []), ...(dossier.network?.logins ?? []).map((l) => l.ip ?? '')];
    const distinct = new Map<string, string>();
    for (const value of raw) {
      const ip = ipOf(value);
      const key = ip && networkKey(ip, rule.ipv6PrefixHextets);
      if (key && !distinct.has(key)) distinct.set(key, value.trim());
    }
    if (distinct.size < rule.minDistinct) return [];
    const shown = [...distinct.values()].slice(0, SHOWN).map(maskIp).join(', ');
    const more = distinct.size > SHOWN ? `, and ${distinct.size - SHOWN} more` : '';
    return [{ path: '$.network', evidence: `${distinct.size} distinct login addresses (${shown}${more}); ${rule.minDistinct} or more counts as many` }];
  },
};

/**
 * What counts as one address: an IPv4 address, or the /64 network of an IPv6 address (one home line
 * rotates through many addresses of one /64). Values that are not IP addresses are ignored.
 */
function networkKey(value: string, hextets: number): string | undefined {
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) return mapped[1];
  return expandIpv6(value).slice(0, hextets).join(':');
}

/** `2001:db8::1` -> eight hextets, lower case, without leading zeros. */
function expandIpv6(value: string): string[] {
  const [head, tail] = value.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...zeros, ...right].map((h) => (h.includes('.') ? h : String(parseInt(h, 16).toString(16))));
}
