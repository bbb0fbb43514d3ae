import type { Check, Dossier, IpLookup, Problem } from '../../types.js';
import { ipOf } from '../../util/ip.js';
import { maskIp } from '../../util/mask.js';
import { classifyVpn, vpnProviders, type VpnMatch } from '../../data/vpn-providers.js';

export const check: Check = {
  id: 'network.vpn',
  title: 'Logins came through a VPN',
  description:
    'Mandiant\'s public write-up on DPRK IT workers (UNC5267, 2024) reports that they consistently connect through Astrill VPN, and US advisories describe workers hiding their location behind VPNs and proxies. A login through the VPN the reporting names is a specific signal worth a question; other consumer VPNs are common among ordinary users and only noted.',
  sources: ['mandiant-2024-09-unc5267', 'state-treasury-fbi-2022-05-16', 'ipinfo-responses'],
  recommendation: 'Ask the candidate to connect without the VPN for a live call and for onboarding, and compare the address they appear from with where they say they live.',
  severity: 'info',
  confidence: 'medium',
  // Judged in run: logins offline, and looked-up addresses too with --online (see below).
  needs: [],
  run({ dossier, gathered }) {
    const logins = dossier.network?.logins ?? [];
    // With --online, ipinfo's privacy flags judge the addresses too. Offline, a dossier without
    // logins is skipped with the very words it always was, so offline reports do not change.
    const lookedUp = gathered.online?.ip;
    if (logins.length === 0 && !lookedUp) return { skip: 'no network.logins in dossier' };
    const online = Object.entries(lookedUp ?? {}).flatMap(([ip, answer]) => onlineProblem(dossier, ip, answer));
    const byProvider = new Map<string, { match: VpnMatch; count: number; first: number }>();
    logins.forEach((login, i) => {
      if (!login.vpn) return;
      const match = classifyVpn(login.vpn);
      if (match.kind === 'none' || match.kind === 'corporate') return;
      const seen = byProvider.get(match.name);
      byProvider.set(match.name, { match, count: (seen?.count ?? 0) + 1, first: seen?.first ?? i });
    });
    const { minLogins } = vpnProviders().consistentUse;
    const viaAnyVpn = [...byProvider.values()].reduce((n, p) => n + p.count, 0);
    const everyLogin = viaAnyVpn === logins.length && logins.length >= minLogins;
    return [...[...byProvider.values()].map(({ match, count, first }) => problemFor(match, count, logins.length, first, everyLogin)), ...online];
  },
};

/** An address the IP-intelligence provider flags as VPN, proxy, Tor, relay or hosting (`--online`). */
function onlineProblem(dossier: Dossier, ip: string, answer: IpLookup): Problem[] {
  const flags = (['vpn', 'proxy', 'tor', 'relay', 'hosting'] as const).filter((f) => answer[f]);
  if (flags.length === 0) return [];
  // The lookups are keyed by the address itself; the dossier may have written it with a port or a label.
  const listed = dossier.network?.ipAddresses?.findIndex((value) => ipOf(value) === ip) ?? -1;
  const path = listed >= 0 ? `$.network.ipAddresses[${listed}]` : `$.network.logins[${Math.max(0, dossier.network?.logins?.findIndex((l) => l.ip !== undefined && ipOf(l.ip) === ip) ?? 0)}].ip`;
  const match = answer.service ? classifyVpn(answer.service) : undefined;
  const named = answer.service ? ` (${match && match.kind !== 'unknown' && match.kind !== 'none' ? match.name : answer.service.slice(0, 60)})` : '';
  const severity = match?.kind === 'advisory' ? 'medium' : answer.vpn || answer.proxy || answer.tor ? 'low' : 'info';
  return [{ path, evidence: `${maskIp(ip)} is flagged by ${answer.provider} as ${flags.join(', ')}${named}`, severity }];
}

function problemFor(match: VpnMatch, count: number, total: number, first: number, everyLogin: boolean): Problem {
  const share = `${count} of ${total} login${total === 1 ? '' : 's'}`;
  const path = `$.network.logins[${first}].vpn`;
  switch (match.kind) {
    case 'advisory':
      // Medium, never high on its own: the same VPN is everyday software for people behind national firewalls.
      return { path, evidence: `${share} through ${match.name}, the VPN public reporting on DPRK IT workers names`, severity: 'medium' };
    case 'commercial':
      return { path, evidence: `${share} through ${match.name}, a consumer VPN${everyLogin ? '; no login shows the candidate\'s own address' : ''}`, severity: everyLogin ? 'low' : 'info' };
    default:
      return { path, evidence: `${share} through a VPN recorded as ${JSON.stringify(match.name.slice(0, 60))}`, severity: 'info' };
  }
}
