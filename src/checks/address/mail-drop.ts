import type { Check } from '../../types.js';
import { compareAddresses, hasPhrase, maskedAddress, type ParsedAddress } from '../../util/address.js';
import { mailDropMarkers } from '../../data/address-markers.js';
import { addressReferences, shippingAddresses } from './places.js';

export const check: Check = {
  id: 'address.mail-drop',
  title: 'Shipping address is a mail drop, not a residence',
  description:
    'A post-office box, a private mailbox at a commercial mail receiving agency (written "PMB", USPS DMM 508), a mail-receiving store or a care-of line means someone other than the candidate, or no one at a home, receives the equipment. The FBI warns that DPRK IT workers route company laptops to addresses other than their own where facilitators receive them.',
  sources: ['fbi-psa-2024-05-16', 'usps-dmm-508', 'doj-2024-05-16-chapman'],
  recommendation: 'Ask for a residential address and proof of residence; do not ship equipment to a mailbox or to a third party.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['addresses.shipping|addresses.shippingChanges'],
  run({ dossier }) {
    let homes: ReturnType<typeof addressReferences> | undefined;
    return shippingAddresses(dossier).flatMap(({ label, path, place }) => {
      const kinds = markersIn(place);
      if (kinds.length === 0) return [];
      const evidence = `${label} ${maskedAddress(place)} has a ${kinds.join(', a ')}`;
      // Care of someone at the candidate's own home: they live with family or a landlord, whose
      // name the carrier needs. Still asked about, as a farm's address can be given as a home too.
      const home = kinds.length === 1 && kinds[0] === CARE_OF ? (homes ??= addressReferences(dossier)).find((h) => compareAddresses(place, h.place) === 'same') : undefined;
      if (home) return [{ path, evidence: `${evidence}, at the candidate's ${home.label}`, severity: 'low' as const }];
      return [{ path, evidence }];
    });
  },
};

const CARE_OF = 'care-of line';

/** The kinds of mail-drop marker in an address, each once: `post-office box`, `care-of line`. */
export function markersIn(place: ParsedAddress): string[] {
  const kinds = new Set<string>();
  if (place.poBox) kinds.add('post-office box');
  if (place.pmb) kinds.add('private mailbox');
  if (place.otherLines.some((l) => /^(C\/O|C O|CARE OF)\b/.test(l))) kinds.add(CARE_OF);
  for (const marker of mailDropMarkers()) if (hasPhrase(place, marker.phrase)) kinds.add(marker.kind);
  return [...kinds];
}
