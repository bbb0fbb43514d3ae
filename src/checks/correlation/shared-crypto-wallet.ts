import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-crypto-wallet',
  title: 'Crypto wallet shared with other candidates',
  description:
    'One wallet receiving the pay of several workers is the laundering pattern described in the DOJ actions against IT-worker schemes.',
  sources: ['state-treasury-fbi-2022-05-16', 'doj-2025-06-30-enablers'],
  recommendation: "Do not pay to the wallet; ask for bank payment to an account in each worker's own name.",
  severity: 'high',
  confidence: 'high',
  needs: ['payment.cryptoAddress'],
  run: () => [],
};
