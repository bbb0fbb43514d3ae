import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const schema = ruleEnvelope.extend({ domains: z.array(z.string()), notCompanies: z.array(z.string()) });

let domains: Set<string> | undefined;
let notCompanies: Set<string> | undefined;

/** True for a consumer webmail domain (gmail.com, outlook.com, proton.me, ...). */
export function isFreeMailDomain(domain: string): boolean {
  domains ??= new Set(loadRule('free-mail-domains', schema).domains.map((d) => d.toLowerCase()));
  return domains.has(domain.toLowerCase());
}

/** True when a reference's company field names no company (`Freelance`, `Self-Employed`, `Friend`). */
export function namesNoCompany(company: string): boolean {
  notCompanies ??= new Set(loadRule('free-mail-domains', schema).notCompanies.map(companyKey));
  return notCompanies.has(companyKey(company));
}

/** Case, spaces and trailing dots do not matter: `Self-Employed.` is `self-employed`. */
function companyKey(company: string): string {
  return company.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
}
