import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-profile',
  title: 'Profile link shared with other candidates',
  description:
    'One public profile (GitHub, LinkedIn, ...) claimed by several applicants: the personas borrow one body of work.',
  sources: ['fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267'],
  recommendation: 'Ask each candidate to prove control of the profile (a change made during the call).',
  severity: 'high',
  confidence: 'high',
  needs: ['profiles'],
  run: () => [],
};
