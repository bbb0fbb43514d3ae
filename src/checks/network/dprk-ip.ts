import { isIP } from 'node:net';
import type { Check, Problem, Severity } from '../../types.js';
import { dprkNetworkOf, type DprkNetwork } from '../../data/dprk-networks.js';
import { ipOf } from '../../util/ip.js';
import { maskIp } from '../../util/mask.js';

export const check: Check = {
  id: 'network.dprk-ip',
  title: "Logins came from North Korea's own network",
  description:
    "North Korea reaches the internet through a handful of IPv4 ranges: its APNIC allocation, 175.45.176.0/22, and ranges leased from Chinese and Russian carriers. DPRK IT workers abroad hide behind VPNs, proxies and US laptops driven by remote desktop (the advisories and Mandiant's UNC5267 report), so their logins rarely show these addresses; when one does, the connection came from inside the country. This reads the addresses as recorded, offline, against rules/dprk-networks.json.",
  sources: ['apnic-whois-kp', 'recorded-future-2017-kp-internet', 'state-treasury-fbi-2022-05-16'],
  recommendation: 'Stop onboarding and refer the case to security and compliance (OFAC sanctions apply to dealings with North Korea); keep the login records. Check the raw log first, that the address is the client\'s and not a server\'s.',
  severity: 'critical',
  confidence: 'high',
  needs: ['network.ipAddresses|network.logins'],
  run({ dossier }) {
    const network = dossier.network;
    const recorded = [
      ...(network?.ipAddresses ?? []).map((value, i) => ({ value, path: `$.network.ipAddresses[${i}]` })),
      ...(network?.logins ?? []).flatMap((login, i) => (login.ip ? [{ value: login.ip, path: `$.network.logins[${i}].ip` }] : [])),
    ];
    const byNetwork = new Map<DprkNetwork, { ips: Set<string>; path: string }>();
    for (const { value, path } of recorded) {
      // An IPv4 address a dual-stack server logged as IPv6 (`::ffff:175.45.176.9`) is that IPv4 address.
      const ip = ipOf(value)?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
      const found = ip && isIP(ip) === 4 ? dprkNetworkOf(ip) : undefined;
      if (!found) continue;
      const seen = byNetwork.get(found) ?? { ips: new Set<string>(), path };
      seen.ips.add(ip!);
      byNetwork.set(found, seen);
    }
    return [...byNetwork].map(([found, { ips, path }]): Problem => ({
      path,
      evidence: `${ips.size === 1 ? '1 recorded address' : `${ips.size} recorded addresses`} (${[...new Set([...ips].map(maskIp))].join(', ')}) ${ips.size === 1 ? 'is' : 'are'} in ${found.cidr}, ${found.holder}`,
      severity: found.severity as Severity,
    }));
  },
};
