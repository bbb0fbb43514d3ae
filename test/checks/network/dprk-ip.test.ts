import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/network/dprk-ip.js';
import { runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';

const listed = (...ipAddresses: string[]) => ({ network: { ipAddresses } });
const logins = (...ips: string[]) => ({ network: { logins: ips.map((ip, i) => ({ at: `2026-01-0${i + 1}T02:00:00Z`, ip })) } });

const cases = [
  // fires: North Korea's APNIC allocation (critical), the leased ranges of 2017 (high)
  { name: 'first address of 175.45.176.0/22', fields: listed('175.45.176.0'), severities: ['critical'] },
  { name: 'last address of 175.45.176.0/22', fields: listed('175.45.179.255'), severities: ['critical'] },
  { name: 'a login with its port', fields: logins('203.0.113.7', '175.45.177.12:51234'), severities: ['critical'] },
  { name: 'an IPv4 address logged as IPv6', fields: logins('::ffff:175.45.178.3'), severities: ['critical'] },
  { name: 'a China Unicom range leased to North Korea', fields: listed('210.52.109.40'), severities: ['high'] },
  { name: 'the APNIC range and a leased one', fields: listed('77.94.35.9', '175.45.176.20', '175.45.176.21'), severities: ['critical', 'high'] },
  // look-alikes: the neighbours of those ranges, documentation, private and IPv6 addresses
  { name: 'just below 175.45.176.0/22', fields: listed('175.45.175.255'), severities: [] },
  { name: 'just above 175.45.176.0/22', fields: listed('175.45.180.0'), severities: [] },
  { name: 'next to the leased range', fields: listed('210.52.108.255', '210.52.110.0'), severities: [] },
  { name: 'a Chinese mobile address', fields: logins('112.224.1.1'), severities: [] },
  { name: 'documentation, private and IPv6 addresses', fields: listed('203.0.113.7', '10.0.0.5', '2001:db8::1', 'not an ip'), severities: [] },
];

describe('network.dprk-ip', () => {
  it.each(cases)('$name -> $severities', ({ fields, severities }) => {
    const outcome = runCheck(check, fields);
    expect('skip' in outcome ? 'skip' : outcome.map((p) => p.severity).sort()).toEqual([...severities].sort());
  });

  it('names the range and masks the addresses, each once', () => {
    const [problem] = runCheck(check, { network: { ipAddresses: ['175.45.176.20'], logins: [{ ip: '175.45.176.20' }, { ip: '175.45.176.21' }] } }) as Problem[];
    expect(problem.evidence).toBe("2 recorded addresses (175.45.176.x) are in 175.45.176.0/22, North Korea's national allocation (APNIC: Star Joint Venture Co. Ltd, Pyongyang)");
    expect(problem.path).toBe('$.network.ipAddresses[0]');
  });
});
