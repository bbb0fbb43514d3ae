import type { Check } from '../../types.js';

// Found across candidates once they are graded (src/correlate/referrals.ts): run() is never called by the engine.
export const check: Check = {
  id: 'correlation.referred-by-flagged',
  title: 'Referred by a candidate graded high in the same run',
  description:
    "Once one DPRK IT worker is inside a company, the workers recommend one another for further openings: public guidance for teams vetting remote developers (the Security Alliance's framework on DPRK IT workers) warns to be cautious of hires who recommend other candidates. A candidate whose referredBy names another candidate of this run (by id, or by a name only one of them bears) that is graded high or critical inherits a question, not the grade: the referral alone proves nothing, and an honest employee's friend is referred the same way.",
  sources: ['seal-dprk-it-workers', 'fbi-psa-2023-10-18'],
  recommendation: "Review this candidate together with the one who referred them: compare their addresses, phones, accounts, photos and resumes, and verify this candidate's identity before going further.",
  severity: 'medium',
  confidence: 'medium',
  needs: ['referredBy'],
  run: () => [],
};
