import type { Check } from '../../types.js';
import { normalizeName, sameName } from '../../names/index.js';

export const check: Check = {
  id: 'payment.holder-mismatch',
  title: "Pay goes to an account in someone else's name",
  description:
    "The advisories and the laptop-farm cases describe pay sent to accounts held by facilitators or front companies rather than by the worker; an account holder who is not the candidate is the money side of a borrowed identity.",
  sources: ['state-treasury-fbi-2022-05-16', 'doj-2024-05-16-chapman'],
  recommendation: "Pay only into an account in the candidate's own name (or their own company's, with its registration checked); ask who the holder is.",
  severity: 'medium',
  confidence: 'medium',
  needs: ['payment.accountHolder'],
  run({ dossier }) {
    const holder = dossier.payment?.accountHolder?.trim() ?? '';
    const own = [dossier.name, ...(dossier.aliases ?? []), ...(dossier.idDocument?.nameOnDocument ? [dossier.idDocument.nameOnDocument] : [])];
    if (own.some((name) => sameName(name, holder))) return [];
    if (isOwnBusiness(holder, own)) {
      return [{ path: '$.payment.accountHolder', evidence: `account holder "${holder}" looks like the candidate's own business`, severity: 'info', confidence: 'low' }];
    }
    return [{ path: '$.payment.accountHolder', evidence: `account holder "${holder}" is not the candidate "${dossier.name}"` }];
  },
};

/** `Ellis Consulting LLC` for Jordan Ellis: a company name that carries the candidate's surname. */
function isOwnBusiness(holder: string, own: string[]): boolean {
  const company = normalizeName(holder);
  const words = new Set(company.tokens);
  const businessLike = company.legalForms.length > 0 || /\b(consulting|solutions|services|software|technologies|tech|labs|studio|dev)\b/i.test(holder);
  if (!businessLike) return false;
  return own.some((name) => {
    const tokens = normalizeName(name).tokens.filter((t) => t.length > 2);
    const surname = tokens.at(-1);
    return tokens.length > 0 && surname !== undefined && (words.has(surname) || tokens.some((t) => words.has(t) && t === tokens[0] && tokens.length === 1));
  });
}
