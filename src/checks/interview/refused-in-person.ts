import type { Check } from '../../types.js';

export const check: Check = {
  id: 'interview.refused-in-person',
  title: 'Candidate refused an in-person meeting',
  description:
    'The FBI recommends in-person identity verification where possible (for example at onboarding or to collect equipment); refusing every in-person step is one of the indicators it lists. Fully remote candidates far away may decline for ordinary reasons.',
  sources: ['fbi-psa-2023-10-18', 'fbi-psa-2025-01-23'],
  recommendation: 'Offer an alternative: identity verification at a notary or a partner office near the claimed home address.',
  severity: 'medium',
  confidence: 'low',
  needs: ['interview.refusedInPerson'],
  run({ dossier }) {
    return dossier.interview?.refusedInPerson === true
      ? [{ path: '$.interview.refusedInPerson', evidence: 'candidate refused to meet in person' }]
      : [];
  },
};
