import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/network/many-ips.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';

const v4 = (n: number, prefix = '198.51.100') => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);

const cases = [
  // fires: ten or more distinct addresses (rules/login-ips.json)
  { name: '10 IPv4 addresses', fields: { network: { ipAddresses: v4(10) } }, fires: 1 },
  { name: '6 listed and 6 more in logins', fields: { network: { ipAddresses: v4(6), logins: v4(6, '203.0.113').map((ip) => ({ ip })) } }, fires: 1 },
  { name: '10 IPv6 networks', fields: { network: { ipAddresses: Array.from({ length: 10 }, (_, i) => `2001:db8:${i}::1`) } }, fires: 1 },
  // look-alikes
  { name: '9 addresses', fields: { network: { ipAddresses: v4(9) } }, fires: 0 },
  { name: 'the same 5 addresses listed and in logins', fields: { network: { ipAddresses: v4(5), logins: v4(5).map((ip) => ({ ip })) } }, fires: 0 },
  { name: 'one home IPv6 /64 rotating through 20 addresses', fields: { network: { ipAddresses: Array.from({ length: 20 }, (_, i) => `2001:db8:0:1:${i + 1}::7`) } }, fires: 0 },
  { name: 'values that are not addresses', fields: { network: { ipAddresses: [...v4(5), 'unknown', 'n/a', '999.1.1.1', 'localhost', '10.0.0', '-', 'x', 'y', 'z'] } }, fires: 0 },
];

describe('network.many-ips', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('masks the addresses it shows', () => {
    const [problem] = runCheck(check, { network: { ipAddresses: v4(12) } }) as Problem[];
    expect(problem.evidence).toBe('12 distinct login addresses (198.51.100.x, 198.51.100.x, 198.51.100.x, 198.51.100.x, 198.51.100.x, and 7 more); 10 or more counts as many');
    expect(problem.evidence).not.toMatch(/198\.51\.100\.\d/);
  });
});
