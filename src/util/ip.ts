// IP addresses as systems export them, and the ranges that say nothing about who is behind them.

import { isIP } from 'node:net';

/**
 * The address in a value: `203.0.113.7`, or `203.0.113.7:443`, `IP: 203.0.113.7 (VPN)` and
 * `[2001:db8::1]:443` as logs and exports write them. Undefined when there is none.
 */
export function ipOf(raw: string): string | undefined {
  const text = raw.trim();
  if (isIP(text)) return text;
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/i.exec(text)?.[1];
  if (bracketed && isIP(bracketed) === 6) return bracketed;
  const v4 = /(?:^|[^\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/.exec(text)?.[1];
  return v4 && isIP(v4) === 4 ? v4 : undefined;
}

/** Private, loopback, link-local and carrier-grade NAT addresses: strangers share them, and they never leave the network. */
export function isLocalIp(ip: string): boolean {
  if (ip.includes(':')) return /^(::1?$|f[cd]|fe[89ab])/i.test(ip);
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}
