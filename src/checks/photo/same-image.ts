import type { Check, PhotoEvidence, Problem, Severity } from '../../types.js';
import { hammingDistance } from '../../photo/hash.js';
import { photoRules } from '../../data/photo.js';
import { describePhoto } from '../../photo/metadata.js';

/**
 * A selfie is meant to be taken now; when it is the ID photo again, nobody took it. A profile
 * picture that is the ID photo suggests the "ID photo" is a picture found elsewhere.
 * Two copies of a profile picture are harmless.
 */
function severityOf(a: PhotoEvidence, b: PhotoEvidence): Severity | undefined {
  const roles = new Set([a.role, b.role]);
  if (roles.size === 1) return undefined;
  if (roles.has('id') && roles.has('selfie')) return 'high';
  if (roles.has('id') || roles.has('selfie')) return 'medium';
  return undefined;
}

export const check: Check = {
  id: 'photo.same-image',
  title: 'The same picture is presented as two different photos',
  description:
    'Two photos in the dossier are the same picture (perceptual hash within the match threshold), resized or recompressed, but are presented as different things, such as the ID photo and a selfie. A selfie that is a copy of the ID photo was not taken by the candidate; public reporting describes one stock or stolen photo reused across an identity.',
  sources: ['knowbe4-2024-07-23', 'fbi-psa-2024-05-16'],
  recommendation: 'Ask for a new selfie during a live video call and compare it with the candidate on camera and with the ID document.',
  severity: 'high',
  confidence: 'high',
  needs: ['idDocument.photo|photos'],
  run({ gathered }) {
    const limit = photoRules().hash.matchDistance;
    const hashed = (gathered.photos ?? []).filter((p) => p.hash);
    const problems: Problem[] = [];
    for (let i = 0; i < hashed.length; i++) {
      for (let j = i + 1; j < hashed.length; j++) {
        const [a, b] = [hashed[i], hashed[j]];
        const severity = severityOf(a, b);
        const distance = hammingDistance(a.hash!, b.hash!);
        if (!severity || distance > limit) continue;
        problems.push({ path: b.path, evidence: `${describePhoto(b)} is the same picture as ${describePhoto(a)} (${distance} of 64 hash bits differ)`, severity });
      }
    }
    return problems;
  },
};
