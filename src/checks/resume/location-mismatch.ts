import type { Check, Dossier, Problem } from '../../types.js';
import { resumeFacts } from '../../resume/extract.js';
import { usStateCode, type Place } from '../../resume/places.js';
import { resumeTextOf } from '../../resume/text.js';

export const check: Check = {
  id: 'resume.location-mismatch',
  title: 'Resume states a location that contradicts the claimed one',
  description:
    'A resume that places the candidate in another country (or another state) than the application does is a persona whose story moved, or a resume written for someone else. Public guidance on DPRK IT workers lists inconsistencies in claimed work location as a red flag.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask where the candidate lives and works now and since when; confirm it against the ID document and the address where equipment would be shipped.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['resume.text|resume.file', 'location.country|location.region|addresses.home'],
  run(ctx) {
    const text = resumeTextOf(ctx);
    if (typeof text !== 'string') return text;
    const claimed = claimedPlace(ctx.dossier);
    if (!claimed.country && !claimed.region) return { skip: 'no claimed country or region to compare with' };
    const problems: Problem[] = [];
    for (const stated of resumeFacts(text, claimed.country).locations) {
      // Contradiction only when no reading of the stated place agrees with the claim.
      const verdicts = stated.readings.map((r) => contradiction(r, claimed));
      if (verdicts.some((v) => v === undefined)) continue;
      const country = verdicts.every((v) => v === 'country');
      problems.push({
        path: '$.resume',
        evidence: `resume says "${stated.raw}"; the application says ${describe(claimed)}`,
        severity: country ? 'medium' : 'low',
      });
    }
    return problems;
  },
};

interface Claimed {
  country?: string;
  region?: string;
}

function claimedPlace(dossier: Dossier): Claimed {
  const home = typeof dossier.addresses?.home === 'object' ? dossier.addresses.home : undefined;
  const country = dossier.location?.country ?? home?.country;
  const rawRegion = dossier.location?.region ?? home?.region;
  // Regions are compared only where they are codes both sides can agree on (US states).
  const region = country === undefined || country === 'US' ? usStateCode(rawRegion) : undefined;
  return { ...(country && { country }), ...(region && { region }) };
}

function contradiction(stated: Place, claimed: Claimed): 'country' | 'region' | undefined {
  if (claimed.country && stated.country !== claimed.country) return 'country';
  if (claimed.region && stated.region && stated.country === 'US' && stated.region !== claimed.region) return 'region';
  return undefined;
}

function describe(claimed: Claimed): string {
  return [claimed.region, claimed.country].filter(Boolean).join(', ');
}
