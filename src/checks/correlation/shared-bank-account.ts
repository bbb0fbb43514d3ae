import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-bank-account',
  title: 'Bank account shared with other candidates',
  description:
    'Pay for several workers going to one account is how facilitators collect and forward the salaries of North Korean IT workers.',
  sources: ['state-treasury-fbi-2022-05-16', 'doj-2025-06-30-enablers'],
  recommendation: "Hold payroll set-up; verify the account holder against each candidate's ID with the bank, and require an account in the worker's own name.",
  severity: 'high',
  confidence: 'high',
  needs: ['payment.iban|payment.accountNumber'],
  run: () => [],
};
