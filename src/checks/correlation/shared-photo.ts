import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-photo',
  title: 'Photo shared with other candidates',
  description:
    'The same picture (a perceptual-hash match, so resized or recompressed copies count) under several names: personas of IT-worker schemes reuse stolen or edited photos.',
  sources: ['fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267'],
  recommendation: 'Compare the photos side by side; hold a camera interview and compare the face with each ID document.',
  severity: 'high',
  confidence: 'medium',
  needs: ['photos|idDocument.photo'],
  run: () => [],
};
