import type { Check, Problem, Skip } from '../../types.js';
import { maskPhone } from '../../util/mask.js';
import { parsePhone, phonesIn } from '../../util/phone.js';
import { isScientificNotation } from '../../util/rounded-number.js';

export const check: Check = {
  id: 'phone.invalid',
  title: 'Phone number is not a valid number',
  description:
    'A number that does not exist in its numbering plan cannot reach the candidate, so it verifies nothing; the FBI and State/Treasury guidance lists inconsistent or unverifiable contact details among the signs of DPRK IT workers using borrowed or invented identities. Typos are the common benign cause.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18', 'itu-e164'],
  recommendation: 'Ask the candidate to confirm the number, then call it and check that the person who answers is the one interviewed.',
  severity: 'low',
  confidence: 'medium',
  needs: ['phone'],
  run({ dossier }) {
    const raw = dossier.phone!;
    const country = dossier.location?.country;
    // The typo a person should look for here is the spreadsheet's, not the candidate's.
    if (isScientificNotation(raw)) return [{ path: '$.phone', evidence: 'is a number in scientific notation, as a spreadsheet saves a long number: its last digits were lost before the dossier was made' }];
    const outcomes = phonesIn(raw).map((one) => judge(one, country));
    const problems = outcomes.flatMap((o) => ('skip' in o ? [] : o));
    return problems.length === 0 && outcomes.every((o) => 'skip' in o) ? outcomes[0] : problems;
  },
};

/** One number: a problem when no numbering plan has it. */
function judge(raw: string, country: string | undefined): Problem[] | Skip {
  // Text without a digit is no number in any plan: no country is needed to say so.
  if (!isInternational(raw) && !country && /\d/.test(raw)) return { skip: 'number in national form and no location.country to read it against' };
  const phone = parsePhone(raw, country);
  if (phone?.valid) return [];
  const why = phone ? 'is not a number assigned in its numbering plan' : 'cannot be read as a phone number';
  return [{ path: '$.phone', evidence: `${maskPhone(raw)} ${why}${country ? ` (read with default country ${country})` : ''}` }];
}

/** `+44 ...` or `00 44 ...`: a number that names its own country. */
function isInternational(raw: string): boolean {
  return /^\s*(\+|00[1-9])/.test(raw);
}
