import type { Check } from '../../types.js';
import { walletOf } from '../../util/bank.js';
import { findWallet } from '../../sanctions/index.js';
import { describeEntry } from '../../sanctions/describe.js';
import { maskAccount } from '../../util/mask.js';

export const check: Check = {
  id: 'payment.sanctioned-wallet',
  title: 'Payment wallet is on the OFAC sanctions list',
  description:
    "OFAC lists the digital currency addresses of sanctioned persons, among them the wallets of North Korea's Lazarus Group and of the networks that launder IT workers' pay. Paying a listed address is a sanctions violation, whoever the candidate is.",
  sources: ['ofac-sdn', 'state-treasury-fbi-2022-05-16'],
  recommendation: 'Do not pay this address. Stop the hiring process and refer the case to your compliance or legal team; OFAC expects blocked transactions to be reported.',
  severity: 'critical',
  confidence: 'high',
  needs: ['payment.cryptoAddress'],
  run({ dossier }) {
    const address = walletOf(dossier.payment?.cryptoAddress ?? '');
    const hit = findWallet(address);
    if (!hit) return [];
    const owner = hit.entry ? describeEntry(hit.entry) : 'an entry of the OFAC digital currency address list';
    return [{ path: '$.payment.cryptoAddress', evidence: `${hit.asset} address ${maskAccount(address)} is listed for ${owner}` }];
  },
};
