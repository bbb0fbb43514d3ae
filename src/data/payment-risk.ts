import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const schema = ruleEnvelope.extend({
  methods: z.record(z.string(), z.string()),
  platformNames: z.array(z.string()),
  stablecoins: z.array(z.string()),
  launderingCountries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** Areas in which an account at a bank of another member country is ordinary (SEPA). */
  paymentAreas: z.array(z.object({ name: z.string(), source: z.string(), countries: z.array(z.string().regex(/^[A-Z]{2}$/)) })),
});

export type PaymentRisk = z.output<typeof schema>;

export function paymentRisk(): PaymentRisk {
  return loadRule('payment-risk', schema);
}
