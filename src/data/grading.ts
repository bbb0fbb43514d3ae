import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const bySeverity = z.object({ info: z.number(), low: z.number(), medium: z.number(), high: z.number(), critical: z.number() });

export const gradingSchema = ruleEnvelope.extend({
  points: bySeverity,
  sameCategoryFactor: z.number().min(0).max(1),
  independentChecksIn: z.array(z.string()),
  thresholds: z.object({ medium: z.number(), high: z.number(), critical: z.number() }),
  criticalFindingIsCritical: z.boolean(),
});

export type GradingPolicy = z.output<typeof gradingSchema>;

export function gradingPolicy(): GradingPolicy {
  return loadRule('grading', gradingSchema);
}
