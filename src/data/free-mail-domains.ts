import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const schema = ruleEnvelope.extend({ domains: z.array(z.string()) });

let domains: Set<string> | undefined;

/** True for a consumer webmail domain (gmail.com, outlook.com, proton.me, ...). */
export function isFreeMailDomain(domain: string): boolean {
  domains ??= new Set(loadRule('free-mail-domains', schema).domains.map((d) => d.toLowerCase()));
  return domains.has(domain.toLowerCase());
}
