// Builds the gathered photo evidence a check sees, so each case shows only what matters.
import type { PhotoEvidence } from '../../../src/types.js';

export const ID = { path: '$.idDocument.photo', role: 'id', file: 'id.jpg' } as const;
export const SELFIE = { path: '$.photos[0]', role: 'selfie', file: 'selfie.jpg' } as const;
export const PROFILE = { path: '$.photos[0]', role: 'profile', file: 'profile.jpg' } as const;

export const photo = (base: Omit<PhotoEvidence, 'metadata'>, metadata: Record<string, unknown> = {}): PhotoEvidence => ({ ...base, metadata });
/** Fields every photo check needs in the dossier, so that `needs` is met. */
export const withPhoto = { idDocument: { photo: 'id.jpg' }, photos: [{ path: 'selfie.jpg', kind: 'selfie' }] };
