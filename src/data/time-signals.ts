// Windows, offsets and thresholds for the timezone.* checks (rules/time-signals.json).

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const window = () => z.string().regex(/^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, { error: 'expected HH:MM-HH:MM' });
const share = () => z.number().min(0).max(1);
const severity = () => z.enum(['info', 'low', 'medium', 'high']);

// Built on first use, like every schema here: zod construction costs start-up time.
const buildSchema = () =>
  ruleEnvelope.extend({
    night: window(),
    businessHours: window(),
    offeredHours: z.object({
      targetOffsets: z.object({ fromMinutes: z.number().int(), toMinutes: z.number().int(), stepMinutes: z.number().int().positive() }),
      minBusinessShare: share(),
      tiers: z.array(z.object({ minNightShare: share(), severity: severity() })).min(1),
    }),
    activity: z.object({
      targetOffsets: z.array(z.number().int()).min(1),
      neutralOffsets: z.array(z.number().int()),
      minSample: z.number().int().positive(),
      minOffsets: z.number().int().positive(),
      offsetTiers: z.array(z.object({ minMismatched: z.number().int().positive(), minShare: share(), targetOffsetsOnly: z.boolean(), severity: severity() })).min(1),
      timeTiers: z.array(z.object({ minSample: z.number().int().positive(), minShare: share(), severity: severity() })).min(1),
    }),
  });

export type TimeSignals = z.output<ReturnType<typeof buildSchema>>;

let schema: ReturnType<typeof buildSchema> | undefined;

export function timeSignals(): TimeSignals {
  return loadRule('time-signals', (schema ??= buildSchema()));
}

/** `21:00-07:00` -> [1260, 420] minutes of the day. */
export function windowMinutes(window: string): [number, number] {
  const [from, to] = window.split('-').map((t) => {
    const [h, m] = t.split(':').map(Number);
    return h * 60 + m;
  });
  return [from, to];
}
