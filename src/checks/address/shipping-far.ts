import type { Check, Dossier, Severity } from '../../types.js';
import { parseAddress } from '../../util/address.js';
import { addressReferences, claimedLocation, isAllowedAddress, isFar, nearestRelation, placeName, type Reference } from './places.js';

export const check: Check = {
  id: 'address.shipping-far',
  title: 'Equipment would ship to another state or country than the candidate lives in',
  description:
    'A shipping address in another state or country than both the home address and the claimed location means the device will not be where the candidate says they work. This is the laptop-farm pattern in the FBI May 2024 warning and in the DOJ cases (laptops for "remote workers" in many states received and hosted at one house in Arizona or Tennessee); equipment sent abroad leaves the employer’s control entirely.',
  sources: ['fbi-psa-2024-05-16', 'doj-2024-05-16-chapman', 'doj-2024-08-08-knoot', 'doj-2025-06-30-enablers'],
  recommendation: 'Do not ship to that address. Ship to the verified home address, or meet the candidate in person to hand over the equipment.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['addresses.shipping', 'addresses.home|location'],
  run({ dossier, config }) {
    const shipping = parseAddress(dossier.addresses!.shipping!, dossier.location?.country);
    if (isAllowedAddress(shipping, config)) return [];
    const refs = homeAndClaimed(dossier);
    const relation = nearestRelation(shipping, refs);
    if (!isFar(relation)) return [];
    const abroad = relation === 'other-country';
    const severity: Severity = abroad ? 'high' : 'medium';
    const against = refs.map((r) => `the ${r.label} (${placeName(r.place)})`).join(' and ');
    return [{ path: '$.addresses.shipping', evidence: `shipping to ${placeName(shipping)}: another ${abroad ? 'country' : 'state or region'} than ${against}`, severity }];
  },
};

function homeAndClaimed(dossier: Dossier): Reference[] {
  const home = addressReferences(dossier).filter((r) => r.label === 'home address');
  const claimed = claimedLocation(dossier);
  return claimed ? [...home, claimed] : home;
}
