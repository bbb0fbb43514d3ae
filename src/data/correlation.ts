// How shared values become findings (rules/correlation.json): severity by cluster size, household cap, resume LSH.

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';
import { SEVERITIES } from '../types.js';

const severity = z.enum(SEVERITIES);

// Built on first use: only runs with several candidates need it.
let schema: ReturnType<typeof build> | undefined;
const build = () =>
  ruleEnvelope.extend({
    kinds: z.record(
      z.string(),
      z.object({
        confidence: z.enum(['low', 'medium', 'high']),
        bySize: z.array(z.object({ atLeast: z.number().int().min(2), severity })).min(1),
        /** Addresses only: sizes for a link no member gives as their home (equipment sent to someone else's house). */
        shippingOnlyBySize: z.array(z.object({ atLeast: z.number().int().min(2), severity })).min(1).optional(),
      }),
    ),
    household: z.object({ maxMembers: z.number().int().min(2), cap: z.record(z.string(), severity) }),
    resume: z.object({
      shingleWords: z.number().int().min(1),
      minShingles: z.number().int().min(1),
      bands: z.number().int().min(1),
      rowsPerBand: z.number().int().min(1),
      minSimilarity: z.number().min(0).max(1),
    }),
    ownValue: z.object({
      minMembers: z.number().int().min(2),
      minShare: z.number().min(0).max(1),
      settings: z.record(z.string(), z.string()),
      placeholders: z.record(z.string(), z.string()),
    }),
    evidence: z.object({ namesListed: z.number().int().min(1) }),
  });

export type CorrelationRules = z.output<ReturnType<typeof build>>;

export function correlationRules(): CorrelationRules {
  return loadRule('correlation', (schema ??= build()));
}
