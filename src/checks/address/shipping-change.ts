import type { Check, Severity } from '../../types.js';
import { compareAddresses, maskedAddress, parseAddress } from '../../util/address.js';
import { addressReferences, claimedLocation, isAllowedAddress, isFar, nearestRelation } from './places.js';

export const check: Check = {
  id: 'address.shipping-change',
  title: 'Candidate asked to ship equipment to a different address',
  description:
    'The FBI warns that DPRK IT workers ask, after being hired, to have equipment sent to a different address, where a facilitator receives it; in the DOJ laptop-farm cases the devices for many "remote workers" went to a few houses in other states. A change within the same area happens (a move, an office); so does one to another state (a relocation, a stay with family), which is worth a question; a change to another state or country than both the home and the claimed location that is addressed to someone else (care of, a company) or comes with other changes is a strong sign.',
  sources: ['fbi-psa-2024-05-16', 'fbi-psa-2023-10-18', 'doj-2024-05-16-chapman', 'doj-2024-08-08-knoot'],
  recommendation: 'Hold the shipment. Confirm the request on a call with the candidate on camera, and ask for proof of residence at the new address.',
  severity: 'low',
  confidence: 'medium',
  needs: ['addresses.shippingChanges'],
  run({ dossier, config }) {
    const changes = dossier.addresses!.shippingChanges!;
    const country = dossier.location?.country;
    const homes = addressReferences(dossier);
    const claimed = claimedLocation(dossier);
    const places = claimed ? [...homes.filter((r) => r.label === 'home address'), claimed] : homes;
    return changes.flatMap((change, i) => {
      const to = parseAddress(change.address, country);
      // Going back to an address the candidate gave, or to the company's office, is no change to worry about.
      if (isAllowedAddress(to, config) || homes.some((h) => compareAddresses(to, h.place) === 'same')) return [];
      const far = isFar(nearestRelation(to, places));
      const severity = severityOf(far, changes.length, to.otherLines.length > 0);
      const when = change.at ? ` on ${change.at}` : '';
      const where = far ? `: another state or country than the ${places.map((r) => r.label).join(' and ')}` : '';
      return [{ path: `$.addresses.shippingChanges[${i}].address`, evidence: `request${when} to ship to ${maskedAddress(to)}${where} (${changes.length} change${changes.length === 1 ? '' : 's'} requested)`, severity }];
    });
  },
};

/**
 * Far from home and the claimed location, and addressed to a third party (`c/o T. Marsh`) or one
 * of several changes: the laptop-farm pattern, high. Far alone: a move or a stay with family looks
 * the same, medium. Near: low, or medium when there are several.
 */
function severityOf(far: boolean, changes: number, toSomeoneElse: boolean): Severity {
  if (far) return toSomeoneElse || changes >= 2 ? 'high' : 'medium';
  return changes >= 2 ? 'medium' : 'low';
}
