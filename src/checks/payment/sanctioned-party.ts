import type { Check, Problem } from '../../types.js';
import { screenName } from '../../sanctions/index.js';
import { describeHit, severityOf } from '../../sanctions/describe.js';

export const check: Check = {
  id: 'payment.sanctioned-party',
  title: 'Payee or bank matches an OFAC-listed person or organisation',
  description:
    "Treasury has designated the front companies that take in North Korean IT workers' pay (Chinyong, Yanbian Silverstar, Volasys Silver Star) and North Korean banks. Paying an account held by, or at, a listed party is a sanctions violation.",
  sources: ['ofac-sdn', 'state-treasury-fbi-2022-05-16'],
  recommendation: 'Do not pay this account. Refer the case to compliance; for a person, compare the listed date of birth and identifiers with the account holder first.',
  severity: 'critical',
  confidence: 'high',
  needs: ['payment.accountHolder|payment.bankName'],
  run({ dossier }) {
    const parties: [string, string, string][] = [];
    if (dossier.payment?.accountHolder) parties.push(['$.payment.accountHolder', dossier.payment.accountHolder, 'account holder']);
    if (dossier.payment?.bankName) parties.push(['$.payment.bankName', dossier.payment.bankName, 'bank']);
    const problems: Problem[] = [];
    for (const [path, name, role] of parties) {
      for (const hit of screenName(name)) {
        problems.push({ path, evidence: describeHit(`${role} "${name}"`, hit), severity: severityOf(hit), confidence: hit.level === 'fuzzy' ? 'low' : 'high' });
      }
    }
    return problems;
  },
};
