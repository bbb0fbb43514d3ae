import type { Check } from '../../types.js';
import { maskPhone } from '../../util/mask.js';
import { parsePhone, phonesIn } from '../../util/phone.js';
import { sharesNumberingPlan } from '../../data/phone-plans.js';

export const check: Check = {
  id: 'phone.country-mismatch',
  title: "Phone number belongs to another country than the candidate's location",
  description:
    "The number's country code and range place it in another country than the one the candidate says they live in. The FBI and ROK guidance names contact details that do not fit the claimed location among the signs of DPRK IT workers; on its own it is weak, because expats and recent movers often keep their old number. A territory that shares the country's plan (Guernsey's ranges of +44, Puerto Rico's of +1) is not another country here.",
  sources: ['fbi-psa-2023-10-18', 'itu-e164'],
  recommendation: 'Ask why the number is foreign; a recent move is a common answer. Confirm the location by other means (ID address, in-person meeting).',
  severity: 'low',
  confidence: 'medium',
  needs: ['phone', 'location.country'],
  run({ dossier }) {
    const claimed = dossier.location!.country!;
    return phonesIn(dossier.phone!).flatMap((raw) => {
      const phone = parsePhone(raw, claimed);
      // Invalid numbers are phone.invalid's to report; non-geographic ones (+800, +882) have no country.
      if (!phone?.valid || !phone.country || sharesNumberingPlan(phone.country, claimed)) return [];
      return [{ path: '$.phone', evidence: `${maskPhone(phone.e164)} is a ${phone.country} number; the candidate claims to live in ${claimed}` }];
    });
  },
};
