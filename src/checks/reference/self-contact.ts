import type { Check, Problem } from '../../types.js';
import { emailKey, phoneKey } from '../../util/contact-keys.js';
import { maskEmail, maskPhone } from '../../util/mask.js';

export const check: Check = {
  id: 'reference.self-contact',
  title: "A reference's contact is the candidate's own",
  description:
    "A reference reached at the candidate's own email address or phone number is the candidate vouching for themselves. Public guidance on DPRK IT workers lists inconsistent contact information and fabricated work history among the red flags.",
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: "Do not count this reference. Find the referee's contact independently (the company's switchboard or directory) and call them there.",
  severity: 'medium',
  confidence: 'high',
  needs: ['references', 'email|phone'],
  run({ dossier }) {
    const country = dossier.location?.country;
    const ownEmail = emailKey(dossier.email);
    const ownPhone = phoneKey(dossier.phone, country);
    const problems: Problem[] = [];
    dossier.references?.forEach((reference, i) => {
      const who = reference.name?.trim() || `reference ${i + 1}`;
      if (ownEmail && emailKey(reference.email) === ownEmail) {
        problems.push({ path: `$.references[${i}].email`, evidence: `${who}'s email ${maskEmail(reference.email ?? '')} is the candidate's own` });
      }
      if (ownPhone && phoneKey(reference.phone, country) === ownPhone) {
        problems.push({ path: `$.references[${i}].phone`, evidence: `${who}'s phone ${maskPhone(reference.phone ?? '')} is the candidate's own` });
      }
    });
    return problems;
  },
};
