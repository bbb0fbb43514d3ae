// How earlier sightings are graded, by kind of value (rules/history.json).

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';
import { SEVERITIES, type Severity } from '../types.js';

const byCount = z.object({ one: z.enum(SEVERITIES), several: z.enum(SEVERITIES) });

let schema: z.ZodType | undefined;
const historySchema = () =>
  (schema ??= ruleEnvelope.extend({
    severity: z.record(z.string(), byCount),
    defaultSeverity: byCount,
    severalFrom: z.number().int().min(2),
    resumeMinBands: z.number().int().min(1),
  }));

export interface HistoryRules {
  severity: Record<string, { one: Severity; several: Severity }>;
  defaultSeverity: { one: Severity; several: Severity };
  severalFrom: number;
  resumeMinBands: number;
}

export function historyRules(): HistoryRules {
  return loadRule('history', historySchema()) as HistoryRules;
}
