import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/network/vpn.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';

const logins = (...vpns: (string | undefined)[]) => ({
  network: { logins: vpns.map((vpn, i) => ({ at: `2026-11-0${i + 1}T10:00:00Z`, ip: `203.0.113.${i + 1}`, ...(vpn !== undefined && { vpn }) })) },
});

const cases = [
  // fires
  { name: 'Astrill', fields: logins('Astrill'), fires: 1, severity: 'medium' },
  { name: 'Astrill spelled three ways is one provider', fields: logins('AstrillVPN', 'astrill vpn', 'Astrill VPN client'), fires: 1, severity: 'medium' },
  { name: 'Astrill and NordVPN', fields: logins('Astrill', 'NordVPN', undefined), fires: 2 },
  { name: 'NordVPN on one of three logins', fields: logins('NordVPN', undefined, undefined), fires: 1, severity: 'info' },
  { name: 'Mullvad on every one of three logins', fields: logins('Mullvad', 'mullvad', 'Mullvad VPN'), fires: 1, severity: 'low' },
  { name: 'PIA on its own', fields: logins('PIA'), fires: 1, severity: 'info' },
  { name: 'a VPN the rules do not know', fields: logins('SuperTunnel'), fires: 1, severity: 'info' },
  // look-alikes
  { name: 'no VPN recorded', fields: logins(undefined, undefined), fires: 0 },
  { name: 'VPN recorded as none', fields: logins('none', 'no', 'N/A'), fires: 0 },
  { name: 'a company VPN client', fields: logins('GlobalProtect', 'Cisco AnyConnect', 'Zscaler'), fires: 0 },
];

describe('network.vpn', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires, severity }) => {
    const outcome = runCheck(check, fields);
    expect(countOf(outcome)).toBe(fires);
    if (severity) expect((outcome as Problem[])[0].severity).toBe(severity);
  });

  it('Astrill stays medium even on every login (it is everyday software behind national firewalls)', () => {
    const outcome = runCheck(check, logins('Astrill', 'Astrill', 'Astrill', 'Astrill', 'Astrill')) as Problem[];
    expect(outcome).toEqual([{ path: '$.network.logins[0].vpn', evidence: '5 of 5 logins through Astrill VPN, the VPN public reporting on DPRK IT workers names', severity: 'medium' }]);
  });

  it('a short name does not match inside a word', () => {
    const [problem] = runCheck(check, logins('Hollandia')) as Problem[];
    expect(problem.evidence).toContain('recorded as "Hollandia"');
  });
});
