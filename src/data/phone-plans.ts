// Territories sharing one country's numbering plan (rules/phone-plans.json): `+44 7911` is a
// Guernsey range to libphonenumber, and no foreign number for a UK resident.

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const buildSchema = () =>
  ruleEnvelope.extend({
    sharedPlans: z.array(z.object({ plan: z.string(), countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(2) })),
  });

let schema: ReturnType<typeof buildSchema> | undefined;

/** Whether a number of `numberCountry` is at home in `residence`: the same country, or one plan's territories. */
export function sharesNumberingPlan(numberCountry: string, residence: string): boolean {
  if (numberCountry === residence) return true;
  const { sharedPlans } = loadRule('phone-plans', (schema ??= buildSchema()));
  return sharedPlans.some((p) => p.countries.includes(numberCountry) && p.countries.includes(residence));
}
