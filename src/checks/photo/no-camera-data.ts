import type { Check } from '../../types.js';
import { describePhoto, hasCameraData } from '../../photo/metadata.js';

export const check: Check = {
  id: 'photo.no-camera-data',
  title: 'ID photo carries no camera data',
  description:
    'The ID-document photo has no camera make, model, capture time or exposure in its metadata. Scans, screenshots and messaging apps strip these routinely, so alone this means little; next to other photo findings it says the file is not a camera original.',
  sources: ['knowbe4-2024-07-23'],
  recommendation: 'If other findings point at the photos, ask for the camera original of the ID photo or a fresh photo taken during a video call.',
  severity: 'info',
  confidence: 'low',
  needs: ['idDocument.photo|idDocument.metadata'],
  run({ gathered }) {
    return (gathered.photos ?? [])
      .filter((photo) => photo.role === 'id' && !photo.error && !hasCameraData(photo.metadata ?? {}))
      .map((photo) => ({ path: photo.path, evidence: `${describePhoto(photo)}: no Make, Model, DateTimeOriginal or exposure data` }));
  },
};
