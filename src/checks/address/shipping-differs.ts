import type { Check } from '../../types.js';
import { compareAddresses, maskedAddress, parseAddress } from '../../util/address.js';
import { addressReferences, isAllowedAddress, nearestRelation } from './places.js';

export const check: Check = {
  id: 'address.shipping-differs',
  title: 'Equipment would ship to an address that is not the candidate’s home',
  description:
    'The FBI warns that DPRK IT workers have company laptops sent to an address other than the one on the employment record, where US facilitators ("laptop farms") receive and host them (FBI PSA May 2024; DOJ cases against Christina Chapman and Matthew Knoot). Addresses are compared after normalisation (case, punctuation, USPS abbreviations, ZIP+4), so spelling differences do not count. Shipping to a place in the same city (the candidate’s own office, a neighbour) is common and weak.',
  sources: ['fbi-psa-2024-05-16', 'doj-2024-05-16-chapman', 'doj-2024-08-08-knoot', 'usps-pub28'],
  recommendation: 'Ship equipment only to the verified home address, or ask for a reason and proof of address for the other one before shipping.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['addresses.shipping', 'addresses.home|addresses.id'],
  run({ dossier, config }) {
    const shipping = parseAddress(dossier.addresses!.shipping!, dossier.location?.country);
    if (isAllowedAddress(shipping, config)) return [];
    const refs = addressReferences(dossier);
    const comparisons = refs.map((r) => compareAddresses(shipping, r.place));
    // Matching any address the candidate gave is fine; too little written to compare is not a finding.
    if (comparisons.includes('same') || !comparisons.includes('different')) return [];
    const nearby = nearestRelation(shipping, refs) === 'same-city';
    const against = refs.map((r) => `${r.label} ${maskedAddress(r.place)}`).join(' and ');
    return [
      {
        path: '$.addresses.shipping',
        evidence: `shipping address ${maskedAddress(shipping)} is not the ${against}${nearby ? ' (same city)' : ''}`,
        severity: nearby ? 'low' : 'medium',
      },
    ];
  },
};
