// Twilio Lookup v2, Line Type Intelligence: the line type behind a number, including VoIP
// that numbering-plan data cannot see in North America.
// https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence

import { z } from 'zod';
import { LookupError } from '../http.js';
import type { LookupContext } from '../lookup.js';
import type { PhoneLookup } from '../../types.js';

const answer = z.object({
  country_code: z.string().nullish(),
  valid: z.boolean().nullish(),
  line_type_intelligence: z
    .object({ type: z.string().nullish(), carrier_name: z.string().nullish(), error_code: z.number().nullish() })
    .nullish(),
});

const VOIP = new Set(['fixedVoip', 'nonFixedVoip']);

export async function lookupPhone(e164: string, ctx: LookupContext): Promise<PhoneLookup> {
  const { baseUrl, credentials } = ctx.settings.providers.twilio;
  const body = await ctx.get(
    {
      provider: 'twilio',
      url: `${baseUrl}/v2/PhoneNumbers/${encodeURIComponent(e164)}?Fields=line_type_intelligence`,
      auth: { username: credentials.accountSid, password: credentials.authToken },
      as: 'json',
    },
    'Twilio: phone line type',
  );
  const parsed = answer.safeParse(body);
  if (!parsed.success) throw new LookupError('twilio: answered in an unexpected format');
  const lti = parsed.data.line_type_intelligence;
  if (parsed.data.valid === false) throw new LookupError('twilio: the number is not a valid phone number');
  if (!lti?.type) throw new LookupError(`twilio: no line type in the answer${lti?.error_code ? ` (error ${lti.error_code})` : ''}`);
  return {
    provider: 'twilio',
    lineType: lti.type,
    voip: VOIP.has(lti.type),
    ...(lti.carrier_name && { carrier: lti.carrier_name }),
    ...(parsed.data.country_code && { country: parsed.data.country_code }),
  };
}
