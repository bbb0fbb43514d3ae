// ipinfo: where an IP is and whether it is a VPN, proxy, Tor exit, relay or hosting provider.
// The privacy flags need a plan that includes privacy detection; without them only location is used.
// https://ipinfo.io/developers/responses

import { z } from 'zod';
import { LookupError } from '../http.js';
import type { LookupContext } from '../lookup.js';
import type { IpLookup } from '../../types.js';

const answer = z.object({
  ip: z.string(),
  bogon: z.boolean().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
  timezone: z.string().optional(),
  privacy: z
    .object({
      vpn: z.boolean().optional(),
      proxy: z.boolean().optional(),
      tor: z.boolean().optional(),
      relay: z.boolean().optional(),
      hosting: z.boolean().optional(),
      service: z.string().optional(),
    })
    .optional(),
});

export async function lookupIp(ip: string, ctx: LookupContext): Promise<IpLookup | undefined> {
  const { baseUrl, credentials } = ctx.settings.providers.ipinfo;
  const body = await ctx.get(
    {
      provider: 'ipinfo',
      url: `${baseUrl}/${encodeURIComponent(ip)}`,
      headers: { Accept: 'application/json', ...(credentials.token && { Authorization: `Bearer ${credentials.token}` }) },
      as: 'json',
    },
    'ipinfo: IP location and privacy',
  );
  const parsed = answer.safeParse(body);
  if (!parsed.success) throw new LookupError('ipinfo: answered in an unexpected format');
  const data = parsed.data;
  // Private and reserved addresses have no location or owner to judge.
  if (data.bogon) return undefined;
  const privacy = data.privacy ?? {};
  return {
    provider: 'ipinfo',
    ...(data.country && { country: data.country.toUpperCase() }),
    ...(data.city && { city: data.city }),
    ...(data.region && { region: data.region }),
    ...(data.timezone && { timezone: data.timezone }),
    ...(privacy.vpn !== undefined && { vpn: privacy.vpn }),
    ...(privacy.proxy !== undefined && { proxy: privacy.proxy }),
    ...(privacy.tor !== undefined && { tor: privacy.tor }),
    ...(privacy.relay !== undefined && { relay: privacy.relay }),
    ...(privacy.hosting !== undefined && { hosting: privacy.hosting }),
    ...(privacy.service && { service: privacy.service }),
  };
}
