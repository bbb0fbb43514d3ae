import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.similar-resume',
  title: "Resume text nearly identical to other candidates' resumes",
  description:
    'Personas of one scheme are built from one resume with the names changed. Near-duplicates are found by MinHash over word shingles; a shared template or resume service is a benign look-alike, so two stay medium.',
  sources: ['mandiant-2024-09-unc5267', 'fbi-psa-2023-10-18'],
  recommendation: 'Read the resumes side by side; ask each candidate about a project only their resume describes, and verify the employers named.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['resume.text|resume.file'],
  run: () => [],
};
