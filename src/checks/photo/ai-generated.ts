import type { Check, PhotoRole, Severity } from '../../types.js';
import { aiMarkers, describePhoto } from '../../photo/metadata.js';

// An ID photo or a selfie exists to show the real person; a profile picture made by an AI
// headshot service is common among honest candidates too.
const SEVERITY: Record<PhotoRole, Severity> = { id: 'high', selfie: 'high', profile: 'low', other: 'low' };

export const check: Check = {
  id: 'photo.ai-generated',
  title: 'Photo is marked as made by an image generator',
  description:
    'The photo metadata declares synthetic origin: an IPTC digital source type such as trainedAlgorithmicMedia (XMP or a C2PA manifest), a generator named in Software or CreatorTool, or the text chunk Stable Diffusion writes into PNG files. Public reporting on North Korean IT workers describes AI-generated and AI-altered photos used for fake personas and ID documents.',
  sources: ['knowbe4-2024-07-23', 'fbi-psa-2025-01-23', 'iptc-digital-source-type', 'c2pa-spec-2.1'],
  recommendation: 'Ask for the original ID document and verify it, with a live video check in which the candidate shows the document next to their face.',
  severity: 'high',
  confidence: 'high',
  needs: ['idDocument.photo|idDocument.metadata|photos'],
  run({ gathered }) {
    return (gathered.photos ?? []).flatMap((photo) => {
      const markers = aiMarkers(photo.metadata ?? {});
      if (markers.length === 0) return [];
      return [{ path: photo.path, evidence: `${describePhoto(photo)}: ${markers.map((m) => m.says).join('; ')}`, severity: SEVERITY[photo.role] }];
    });
  },
};
