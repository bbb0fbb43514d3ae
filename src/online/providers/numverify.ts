// NumVerify (apilayer) phone validation: line type and carrier. It reports far fewer VoIP
// numbers than Twilio, so it comes second when both are configured.
// https://numverify.com/documentation

import { z } from 'zod';
import { LookupError } from '../http.js';
import type { LookupContext } from '../lookup.js';
import type { PhoneLookup } from '../../types.js';

const answer = z.union([
  z.object({
    valid: z.boolean(),
    country_code: z.string().nullish(),
    carrier: z.string().nullish(),
    line_type: z.string().nullish(),
  }),
  // Errors come back as HTTP 200 with this body.
  z.object({ success: z.literal(false), error: z.object({ code: z.number(), type: z.string().optional() }) }),
]);

export async function lookupPhone(e164: string, ctx: LookupContext): Promise<PhoneLookup> {
  const { baseUrl, credentials } = ctx.settings.providers.numverify;
  const query = new URLSearchParams({ access_key: credentials.key, number: e164.replace(/^\+/, '') });
  const body = await ctx.get({ provider: 'numverify', url: `${baseUrl}/validate?${query}`, as: 'json' }, 'NumVerify: phone line type');
  const parsed = answer.safeParse(body);
  if (!parsed.success) throw new LookupError('numverify: answered in an unexpected format');
  const data = parsed.data;
  if ('error' in data) throw new LookupError(`numverify: error ${data.error.code}${data.error.type ? ` (${data.error.type.replace(/[^\w]/g, '')})` : ''}`);
  if (!data.valid) throw new LookupError('numverify: the number is not a valid phone number');
  if (!data.line_type) throw new LookupError('numverify: no line type in the answer');
  return {
    provider: 'numverify',
    lineType: data.line_type,
    voip: /voip/i.test(data.line_type),
    ...(data.carrier && { carrier: data.carrier }),
    ...(data.country_code && { country: data.country_code }),
  };
}
