import type { Check, Problem } from '../../types.js';
import { paymentRisk } from '../../data/payment-risk.js';

export const check: Check = {
  id: 'payment.method-risk',
  title: 'Pay through a channel the advisories name (virtual currency, Payoneer)',
  description:
    'The State/Treasury/FBI guidance and incident reports describe IT workers asking for pay in virtual currency, stablecoins especially, or through online payment platforms such as Payoneer, which move money out of reach quickly. Many honest freelancers use them too: a weak signal on its own.',
  sources: ['state-treasury-fbi-2022-05-16', 'mandiant-2024-09-unc5267'],
  recommendation: "Prefer payroll into a bank account in the candidate's own name in their country of residence; ask why this channel is needed.",
  severity: 'low',
  confidence: 'low',
  needs: ['payment.method|payment.cryptoAsset|payment.cryptoAddress'],
  run({ dossier }) {
    const payment = dossier.payment ?? {};
    const risk = paymentRisk();
    const problems: Problem[] = [];
    const asset = payment.cryptoAsset?.trim().toUpperCase();
    if (payment.method === 'crypto' || payment.cryptoAddress || asset) {
      const stable = asset && risk.stablecoins.includes(asset) ? ` in a stablecoin (${asset})` : asset ? ` (${asset})` : '';
      problems.push({ path: payment.method === 'crypto' ? '$.payment.method' : '$.payment.cryptoAddress', evidence: `${risk.methods.crypto}${stable}` });
    } else if (payment.method && risk.methods[payment.method]) {
      problems.push({ path: '$.payment.method', evidence: risk.methods[payment.method] });
    }
    return problems;
  },
};
