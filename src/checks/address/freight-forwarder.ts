import type { Check } from '../../types.js';
import { hasPhrase, maskedAddress } from '../../util/address.js';
import { freightForwarders } from '../../data/address-markers.js';
import { shippingAddresses } from './places.js';

export const check: Check = {
  id: 'address.freight-forwarder',
  title: 'Shipping address is a known freight forwarder',
  description:
    'Package-forwarding services give customers abroad a US or UK address and send on whatever arrives. Company equipment shipped there leaves the country without the employer knowing; the FBI and DOJ describe laptops for DPRK IT workers being received by intermediaries and sent on abroad. Forwarder names come from the services’ own public sites (rules/freight-forwarders.json).',
  sources: ['fbi-psa-2024-05-16', 'doj-2025-06-30-enablers'],
  recommendation: 'Do not ship. Ask for a residential address in the claimed country and verify it; treat a forwarder address as the equipment going abroad.',
  severity: 'high',
  confidence: 'medium',
  needs: ['addresses.shipping|addresses.shippingChanges'],
  run({ dossier }) {
    const forwarders = freightForwarders();
    return shippingAddresses(dossier).flatMap(({ label, path, place }) => {
      const found = forwarders.find((f) => f.phrases.some((phrase) => hasPhrase(place, phrase)));
      return found ? [{ path, evidence: `${label} ${maskedAddress(place)} names the package-forwarding service ${found.name} (${found.source})` }] : [];
    });
  },
};
