// The threshold for network.many-ips (rules/login-ips.json).

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const buildSchema = () =>
  ruleEnvelope.extend({
    minDistinct: z.number().int().min(2),
    ipv6PrefixHextets: z.number().int().min(1).max(8),
  });

let schema: ReturnType<typeof buildSchema> | undefined;

export function loginIps(): z.output<ReturnType<typeof buildSchema>> {
  return loadRule('login-ips', (schema ??= buildSchema()));
}
