import type { Check } from '../../types.js';
import { paymentRisk } from '../../data/payment-risk.js';
import { countryName } from '../../data/countries.js';

export const check: Check = {
  id: 'payment.bank-country',
  title: 'Bank account is in another country than the candidate lives in',
  description:
    "A remote employee is normally paid where they live. The advisories describe IT workers' pay routed to accounts in China, Hong Kong, Russia and the UAE; an account abroad, and above all there, shows where the money goes. This looks at the bank's country, never at the candidate's nationality.",
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask why pay should go abroad; require an account in the country of residence in the candidate’s own name.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['payment.bankCountry', 'location.country|addresses.home.country'],
  run({ dossier }) {
    const bank = dossier.payment?.bankCountry;
    const home = typeof dossier.addresses?.home === 'object' ? dossier.addresses.home.country : undefined;
    const residence = dossier.location?.country ?? home;
    if (!bank || !residence || bank === residence) return [];
    const named = paymentRisk().launderingCountries.includes(bank);
    const evidence = `bank in ${countryName(bank)} (${bank}), candidate lives in ${countryName(residence)} (${residence})${named ? '; the advisories name this country for laundering IT workers’ pay' : ''}`;
    return [{ path: '$.payment.bankCountry', evidence, severity: named ? 'high' : 'medium' }];
  },
};
