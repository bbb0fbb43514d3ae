// VPN names (rules/vpn-providers.json) and matching of a free-text VPN field against them.

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const buildSchema = () => {
  const provider = z.object({ name: z.string(), match: z.array(z.string().min(1)).min(1), sources: z.array(z.string()).optional() });
  return ruleEnvelope.extend({
    advisoryNamed: z.array(provider),
    commercial: z.array(provider),
    corporate: z.array(provider),
    notVpn: z.array(z.string()),
    consistentUse: z.object({ minLogins: z.number().int().positive() }),
  });
};

export type VpnRule = z.output<ReturnType<typeof buildSchema>>;
let schema: ReturnType<typeof buildSchema> | undefined;

export function vpnProviders(): VpnRule {
  return loadRule('vpn-providers', (schema ??= buildSchema()));
}

export type VpnKind = 'advisory' | 'commercial' | 'corporate' | 'unknown' | 'none';

export interface VpnMatch {
  kind: VpnKind;
  /** The provider's name as the rule spells it, or the value as given for an unknown VPN. */
  name: string;
  sources?: string[];
}

/** `Astrill VPN` -> `astrillvpn`: case, spaces and punctuation do not matter in a typed name. */
const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Longer names may appear inside a longer value; short ones (PIA, WARP) only on their own, so that they do not match by accident. */
function matches(value: string, names: string[]): boolean {
  const v = compact(value);
  return names.some((name) => {
    const n = compact(name);
    return n.length > 0 && (v === n || (n.length >= 5 && v.includes(n)));
  });
}

export function classifyVpn(value: string): VpnMatch {
  const rule = vpnProviders();
  const trimmed = value.trim();
  if (!trimmed || rule.notVpn.some((n) => compact(n) === compact(trimmed) || n === trimmed.toLowerCase())) return { kind: 'none', name: trimmed };
  for (const [kind, list] of [['advisory', rule.advisoryNamed], ['commercial', rule.commercial], ['corporate', rule.corporate]] as const) {
    const found = list.find((p) => matches(trimmed, p.match));
    if (found) return { kind, name: found.name, ...(found.sources && { sources: found.sources }) };
  }
  return { kind: 'unknown', name: trimmed };
}
