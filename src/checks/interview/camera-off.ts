import type { Check } from '../../types.js';

export const check: Check = {
  id: 'interview.camera-off',
  title: 'Candidate kept the camera off in the interview',
  description:
    'The FBI guidance lists reluctance or refusal to appear on camera during video interviews among the indicators of North Korean IT workers using a stolen or invented identity. On its own it is weak: bandwidth and privacy are common reasons.',
  sources: ['fbi-psa-2023-10-18', 'fbi-psa-2025-01-23'],
  recommendation: 'Hold a short follow-up call with the camera on, and compare the face with the ID document photo.',
  severity: 'medium',
  confidence: 'low',
  needs: ['interview.cameraOff'],
  run({ dossier }) {
    return dossier.interview?.cameraOff === true
      ? [{ path: '$.interview.cameraOff', evidence: 'interviewer attested that the camera stayed off' }]
      : [];
  },
};
