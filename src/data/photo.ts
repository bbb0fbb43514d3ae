// How photos are read and compared (rules/photo.json): hash threshold and decoding limits.

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

// Built on first use: constructing zod schemas costs start-up time on runs that never need them.
let schema: z.ZodType | undefined;
const photoSchema = () =>
  (schema ??= ruleEnvelope.extend({
    hash: z.object({ matchDistance: z.number().int().min(0).max(32), thumbnailMismatchDistance: z.number().int().min(0).max(64) }),
    limits: z.object({
      maxBytes: z.number().int().positive(),
      maxPixels: z.number().int().positive(),
      decodeTimeoutSeconds: z.number().int().positive(),
    }),
  }));

export interface PhotoRules {
  hash: { matchDistance: number; thumbnailMismatchDistance: number };
  limits: { maxBytes: number; maxPixels: number; decodeTimeoutSeconds: number };
}

export function photoRules(): PhotoRules {
  return loadRule('photo', photoSchema()) as PhotoRules;
}
