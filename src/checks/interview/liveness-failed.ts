import type { Check } from '../../types.js';

export const check: Check = {
  id: 'interview.liveness-failed',
  title: 'Liveness check failed or was refused',
  description:
    'Public case reports describe AI-altered stock photos and real-time face swaps passing video interviews; a failed liveness check is direct evidence that the face on camera is not a live person matching the ID, and a refusal denies the check altogether.',
  sources: ['knowbe4-2024-07-23', 'fbi-psa-2025-01-23'],
  recommendation: 'Do not proceed until identity is verified in person or through a document-and-liveness check run by a provider you trust.',
  severity: 'high',
  confidence: 'medium',
  needs: ['interview.liveness'],
  run({ dossier }) {
    const liveness = dossier.interview?.liveness;
    if (liveness === 'failed') return [{ path: '$.interview.liveness', evidence: 'liveness check failed', severity: 'high' }];
    if (liveness === 'refused') return [{ path: '$.interview.liveness', evidence: 'candidate refused the liveness check', severity: 'medium' }];
    return [];
  },
};
