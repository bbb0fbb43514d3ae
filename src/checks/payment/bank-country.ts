import type { Check } from '../../types.js';
import { paymentRisk } from '../../data/payment-risk.js';
import { countryName } from '../../data/countries.js';

export const check: Check = {
  id: 'payment.bank-country',
  title: 'Bank account is in another country than the candidate lives in',
  description:
    "A remote employee is normally paid where they live. The advisories describe IT workers' pay routed to accounts in China, Hong Kong, Russia and the UAE; an account abroad, and above all there, shows where the money goes. Within the Single Euro Payments Area an account at a bank of another member country is ordinary (N26, Revolut, Wise), and only noted. This looks at the bank's country, never at the candidate's nationality.",
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18', 'epc-sepa-countries'],
  recommendation: 'Ask why pay should go abroad; require an account in the country of residence in the candidate’s own name.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['payment.bankCountry', 'location.country|addresses.home.country'],
  run({ dossier }) {
    const bank = dossier.payment?.bankCountry;
    const home = typeof dossier.addresses?.home === 'object' ? dossier.addresses.home.country : undefined;
    const residence = dossier.location?.country ?? home;
    if (!bank || !residence || bank === residence) return [];
    const rules = paymentRisk();
    const named = rules.launderingCountries.includes(bank);
    const evidence = `bank in ${countryName(bank)} (${bank}), candidate lives in ${countryName(residence)} (${residence})`;
    if (named) return [{ path: '$.payment.bankCountry', evidence: `${evidence}; the advisories name this country for laundering IT workers’ pay`, severity: 'high' }];
    // N26's German IBANs, Revolut's Lithuanian and Wise's Belgian ones are how millions in Europe bank.
    const area = rules.paymentAreas.find((a) => a.countries.includes(bank) && a.countries.includes(residence));
    if (area) return [{ path: '$.payment.bankCountry', evidence: `${evidence}; both are in ${area.name}, where an account at a bank of another member country is ordinary`, severity: 'info' }];
    return [{ path: '$.payment.bankCountry', evidence, severity: 'medium' }];
  },
};
