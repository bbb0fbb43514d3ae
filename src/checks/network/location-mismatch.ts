import type { Check, IpLookup, Problem } from '../../types.js';
import { maskIp } from '../../util/mask.js';
import { offsetAt } from '../../util/tz.js';
import { claimedZone } from '../../data/timezones.js';

/** Addresses of anonymising services say where the service is, not the candidate: network.vpn's business. */
const anonymised = (answer: IpLookup) => Boolean(answer.vpn || answer.proxy || answer.tor || answer.relay || answer.hosting);

export const check: Check = {
  id: 'network.location-mismatch',
  title: 'IP address located far from the claimed home',
  description:
    'Remote IT workers acting for North Korea claim to live in the US or Europe while connecting from elsewhere; an IP that the IP-intelligence provider places in another country, or several time zones away, than the claimed home is an inconsistency to explain (travel is a common benign cause). Needs --online with ipinfo.',
  sources: ['fbi-psa-2024-05-16', 'mandiant-2024-09-unc5267', 'ipinfo-responses'],
  recommendation: 'Ask the candidate where they were when they connected; confirm their location through a live, camera-on call and the equipment shipping address.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['network.ipAddresses|network.logins', 'location.country|location.timezone|addresses.home.country'],
  online: true,
  run({ dossier, gathered, now }) {
    const online = gathered.online;
    if (!online) return { skip: 'needs --online' };
    const answers = Object.entries(online.ip ?? {});
    if (answers.length === 0) return { skip: online.failed?.ip ?? 'no IP was looked up (ipinfo not enabled, or only private addresses)' };
    const home = typeof dossier.addresses?.home === 'object' ? dossier.addresses.home.country : undefined;
    const country = dossier.location?.country ?? home;
    const written = dossier.location?.timezone;
    const zone = written ? claimedZone(written, country)?.name : undefined;
    const problems: Problem[] = [];
    for (const [ip, answer] of answers) {
      if (anonymised(answer)) continue;
      const where = [answer.city, answer.region, answer.country].filter(Boolean).join(', ');
      if (country && answer.country && answer.country !== country) {
        problems.push({ path: '$.network', evidence: `${maskIp(ip)} is located in ${where} (${answer.provider}); the candidate claims to live in ${country}` });
        continue;
      }
      const hours = zone && answer.timezone ? hoursApart(zone, answer.timezone, now) : undefined;
      if (hours !== undefined && hours >= 2) {
        problems.push({ path: '$.network', severity: 'low', evidence: `${maskIp(ip)} is located in ${where} (${answer.timezone}, ${hours} h from the claimed ${written})` });
      }
    }
    return problems;
  },
};

/** Hours between two zones' clocks at `at`; undefined for a name Intl does not know. */
function hoursApart(a: string, b: string, at: Date): number | undefined {
  const [x, y] = [offsetAt(a, at), offsetAt(b, at)];
  return x === undefined || y === undefined ? undefined : Math.abs(x - y) / 60;
}
