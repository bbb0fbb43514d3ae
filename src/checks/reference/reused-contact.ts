import type { Check, Problem } from '../../types.js';
import { emailKey, phoneKey } from '../../util/contact-keys.js';
import { maskEmail, maskPhone } from '../../util/mask.js';
import { sameName } from '../../names/index.js';

export const check: Check = {
  id: 'reference.reused-contact',
  title: 'One contact given for differently named references',
  description:
    'When two references with different names share an email address or phone number, one person is answering for both: the references are not independent, and are likely arranged. Public guidance on DPRK IT workers lists fabricated work history and inconsistent contact information among the red flags.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Treat these references as one at most. Reach each referee through their employer directly, and ask the candidate for references you can verify independently.',
  severity: 'medium',
  confidence: 'high',
  needs: ['references'],
  run({ dossier }) {
    const country = dossier.location?.country;
    const references = dossier.references ?? [];
    const problems: Problem[] = [];
    for (const [kind, keyOf, mask] of [
      ['email', (r: (typeof references)[number]) => emailKey(r.email), (r: (typeof references)[number]) => maskEmail(r.email ?? '')],
      ['phone', (r: (typeof references)[number]) => phoneKey(r.phone, country), (r: (typeof references)[number]) => maskPhone(r.phone ?? '')],
    ] as const) {
      const firstByKey = new Map<string, number>();
      references.forEach((reference, i) => {
        const key = keyOf(reference);
        if (!key) return;
        const first = firstByKey.get(key);
        if (first === undefined) {
          firstByKey.set(key, i);
          return;
        }
        const a = references[first].name?.trim();
        const b = reference.name?.trim();
        // The same person listed twice (a copy-paste) is not two referees sharing a line.
        if (!a || !b || sameName(a, b)) return;
        problems.push({ path: `$.references[${i}].${kind}`, evidence: `${b} and ${a} share the ${kind} ${mask(reference)}` });
      });
    }
    return problems;
  },
};
