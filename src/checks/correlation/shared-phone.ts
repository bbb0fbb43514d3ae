import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-phone',
  title: 'Phone number shared with other candidates',
  description:
    'One phone number given by several applicants means one person or one facilitator answers for several identities; the FBI advises cross-checking HR records for the same contact details across applicants.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2024-05-16'],
  recommendation: "Call the number and ask for each candidate by name; require a number in each candidate's own name, verified by a one-time code on camera.",
  severity: 'high',
  confidence: 'high',
  needs: ['phone'],
  run: () => [],
};
