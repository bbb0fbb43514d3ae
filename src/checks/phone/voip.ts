import type { Check, Skip } from '../../types.js';
import { maskPhone } from '../../util/mask.js';
import { isNanp, parsePhone, phonesIn, type ParsedPhone } from '../../util/phone.js';

/** Number types that route to wherever the holder likes, not to a line or a SIM in a place. */
const FLOATING_TYPES: Record<string, string> = {
  VOIP: 'a VoIP range',
  PERSONAL_NUMBER: 'a personal (follow-me forwarding) range',
};

export const check: Check = {
  id: 'phone.voip',
  title: 'Phone number is a VoIP or forwarding number',
  description:
    "The national numbering plan assigns this number's range to VoIP or personal forwarding services, which anyone can rent from anywhere. The FBI and ROK guidance and Mandiant's UNC5267 report name VoIP numbers among the tools DPRK IT workers use to appear local. Many honest people use them too, so on its own it is a weak signal.",
  sources: ['fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267', 'itu-e164'],
  recommendation: 'Ask for a mobile number on a carrier in the claimed country, or verify the candidate by a video call with ID at a scheduled time.',
  severity: 'low',
  confidence: 'high',
  needs: ['phone'],
  run({ dossier, gathered }) {
    // The first number of a cell that gives several: the one the online lookups ask about too.
    const phone = parsePhone(phonesIn(dossier.phone!)[0], dossier.location?.country);
    if (!phone?.valid) return [];
    // With --online, the carrier's own line type (Twilio Lookup, NumVerify) settles what the plan cannot.
    const looked = gathered.online?.phone;
    if (looked) return looked.voip ? [{ path: '$.phone', evidence: `${maskPhone(phone.e164)} is a ${looked.lineType} line${looked.carrier ? ` (${looked.carrier.slice(0, 60)})` : ''} according to ${looked.provider}` }] : [];
    const type = offlineType(phone);
    if ('skip' in type) return gathered.online?.failed?.phone ? { skip: gathered.online.failed.phone } : type;
    const range = FLOATING_TYPES[type.type ?? ''];
    if (!range) return [];
    return [{ path: '$.phone', evidence: `${maskPhone(phone.e164)} is on ${range} of the ${phone.country ?? 'international'} numbering plan` }];
  },
};

/**
 * What the numbering plan alone says. In the North American plan mobile, fixed and VoIP
 * numbers share ranges, so only a carrier lookup (online) can tell: say so, do not guess.
 */
export function offlineType(phone: ParsedPhone): { type?: string } | Skip {
  if (isNanp(phone)) return { skip: 'US/Canada numbers cannot be typed offline (use --online)' };
  return { type: phone.type };
}
