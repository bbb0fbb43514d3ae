import type { Check, PhotoRole, Severity } from '../../types.js';
import { coordinatesOf, describePhoto } from '../../photo/metadata.js';

// A selfie for identity checks is taken now, where the candidate is; an ID photo may be older;
// a profile picture taken on holiday abroad is ordinary.
const SEVERITY: Record<PhotoRole, Severity> = { selfie: 'high', id: 'medium', profile: 'low', other: 'low' };

export const check: Check = {
  id: 'photo.location-mismatch',
  title: 'Photo GPS position is outside the claimed country',
  description:
    "The GPS coordinates in the photo metadata fall in another country than the one the candidate says they live in. North Korean IT workers claim to live in the US or Europe while working from China or Russia; a photo's position can show where it was really taken.",
  sources: ['fbi-psa-2023-10-18', 'state-treasury-fbi-2022-05-16'],
  recommendation: 'Ask where and when the photo was taken, and verify the candidate\u2019s location independently (in-person ID check, shipping to the verified home address).',
  severity: 'medium',
  confidence: 'medium',
  needs: ['idDocument.photo|idDocument.metadata|photos', 'location.country'],
  run({ dossier, gathered }) {
    const claimed = dossier.location?.country?.toUpperCase();
    return (gathered.photos ?? []).flatMap((photo) => {
      if (!photo.gpsCountry || !claimed || photo.gpsCountry === claimed) return [];
      const at = coordinatesOf(photo.metadata ?? {});
      // One decimal (about 10 km) says which country without pinning a home.
      const where = at ? `GPS ${at.lat.toFixed(1)}, ${at.lon.toFixed(1)} ` : '';
      return [{ path: photo.path, evidence: `${describePhoto(photo)}: ${where}is in ${photo.gpsCountry}, but the candidate claims to live in ${claimed}`, severity: SEVERITY[photo.role] }];
    });
  },
};
