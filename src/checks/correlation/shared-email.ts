import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-email',
  title: 'Email address shared with other candidates',
  description:
    'One mailbox (dots and +tags ignored where the provider ignores them) behind several applicants means one person runs several identities.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2024-05-16'],
  recommendation: 'Treat the applications as one; ask each candidate to confirm their own address from a verified account on camera.',
  severity: 'high',
  confidence: 'high',
  needs: ['email'],
  run: () => [],
};
