import type { Check, Problem } from '../../types.js';
import { screenName } from '../../sanctions/index.js';
import { judgeHit } from '../../sanctions/describe.js';
import { samePersonName } from '../../names/normalize.js';

export const check: Check = {
  id: 'payment.sanctioned-party',
  title: 'Payee or bank matches an OFAC-listed person or organisation',
  description:
    "Treasury has designated the front companies that take in North Korean IT workers' pay (Chinyong, Yanbian Silverstar, Volasys Silver Star) and North Korean banks. Paying an account held by, or at, a listed party is a sanctions violation. A person is judged as identity.sanctions-match judges one: by the date of birth on the ID document when the holder is the candidate, else a name of two words (many people bear it) one step lower.",
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
    // The ID's date of birth is the holder's only when the holder is the candidate.
    const holderIsCandidate = dossier.payment?.accountHolder !== undefined && samePersonName(dossier.payment.accountHolder, dossier.name);
    for (const [path, name, role] of parties) {
      const dateOfBirth = role === 'account holder' && holderIsCandidate ? dossier.idDocument?.dateOfBirth : undefined;
      for (const hit of screenName(name)) {
        const judged = judgeHit(`${role} "${name}"`, hit, dateOfBirth);
        problems.push({ path, evidence: judged.evidence, severity: judged.severity, confidence: judged.confidence ?? (hit.level === 'fuzzy' ? 'low' : 'high') });
      }
    }
    return problems;
  },
};
