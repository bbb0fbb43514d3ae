import type { Check } from '../../types.js';
import { describePhoto } from '../../photo/metadata.js';

export const check: Check = {
  id: 'photo.unreadable',
  title: 'Photo could not be read',
  description:
    'A photo the dossier names is missing, is not an image, is truncated or corrupt, or is too large to decode safely (a decompression bomb). The other photo checks could not judge it.',
  sources: ['knowbe4-2024-07-23'],
  recommendation: 'Ask for the photo again as the original file from the camera or phone; do not open a suspicious file in tools that decode it without limits.',
  severity: 'info',
  confidence: 'high',
  needs: ['idDocument.photo|photos'],
  run({ gathered }) {
    return (gathered.photos ?? [])
      .filter((photo) => photo.error)
      .map((photo) => ({ path: photo.path, evidence: `${describePhoto(photo)}: ${photo.error}`, severity: photo.role === 'id' ? ('low' as const) : ('info' as const) }));
  },
};
