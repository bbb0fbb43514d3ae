// IP addresses as logs and exports write them.

import { describe, expect, it } from 'vitest';
import { ipOf, isLocalIp } from '../../src/util/ip.js';

describe('ipOf', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203.0.113.7:443', '203.0.113.7'],
    ['IP: 203.0.113.7 (VPN)', '203.0.113.7'],
    ['2001:db8::1', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
  ])('%j -> %s', (raw, ip) => {
    expect(ipOf(raw)).toBe(ip);
  });

  it.each(['unknown', '203.0.113', '203.0.113.700', 'v1.2.3.4.5', '1.2.3.4.5'])('%j has no address', (raw) => {
    expect(ipOf(raw)).toBeUndefined();
  });
});

describe('isLocalIp', () => {
  it.each(['10.1.2.3', '192.168.1.10', '172.20.0.1', '100.64.3.2', '127.0.0.1', '169.254.1.1', '::1', 'fd00::1', 'fe80::1'])('%s is local', (ip) => {
    expect(isLocalIp(ip)).toBe(true);
  });

  it.each(['203.0.113.7', '172.32.0.1', '100.128.0.1', '2001:db8::1'])('%s is not', (ip) => {
    expect(isLocalIp(ip)).toBe(false);
  });
});
