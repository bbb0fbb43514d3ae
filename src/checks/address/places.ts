// Helpers shared by the address checks (not a check itself): the places a shipping address is compared with.

import type { CheckConfig, Dossier } from '../../types.js';
import type { Address } from '../../dossier/schema.js';
import { compareAddresses, homeAddressIn, parseAddress, placeRelation, type ParsedAddress, type PlaceRelation } from '../../util/address.js';

export interface Reference {
  /** `home address`, `ID address`, `claimed location`. */
  label: string;
  path: string;
  place: ParsedAddress;
}

/** Home and ID addresses as written (the home in the claimed city when it names none), parsed with the claimed country as default. */
export function addressReferences(dossier: Dossier): Reference[] {
  const country = dossier.location?.country;
  const refs: Reference[] = [];
  const { home, id } = dossier.addresses ?? {};
  if (home) refs.push({ label: 'home address', path: '$.addresses.home', place: parseAddress(homeAddressIn(home, dossier.location), country) });
  if (id) refs.push({ label: 'ID address', path: '$.addresses.id', place: parseAddress(id, country) });
  return refs;
}

/** The claimed location (`location.city/region/country`) as a place without a street. */
export function claimedLocation(dossier: Dossier): Reference | undefined {
  const { city, region, country } = dossier.location ?? {};
  if (!city && !region && !country) return undefined;
  return { label: 'claimed location', path: '$.location', place: parseAddress({ city, region, country }) };
}

/** The company's own offices (config `allowAddresses`): shipping there is normal. */
export function isAllowedAddress(place: ParsedAddress, config: CheckConfig): boolean {
  return (config.allowAddresses ?? []).some((allowed) => compareAddresses(place, parseAddress(allowed as Address, place.country)) === 'same');
}

const FAR: PlaceRelation[] = ['other-region', 'other-country'];

/**
 * How far `place` is from every reference: the nearest relation, so that a shipping address
 * near the home but far from a stale claimed location does not count as far.
 */
export function nearestRelation(place: ParsedAddress, refs: Reference[]): PlaceRelation {
  const order: PlaceRelation[] = ['same-city', 'same-region', 'other-city', 'same-country', 'other-region', 'other-country'];
  // A reference that says nothing about the place (no city, region or country) does not count, and
  // one that names only the country says nothing of the state: a claimed `US` beside a home in
  // Brooklyn must not make a shipment to California near.
  const relations = refs.map((r) => placeRelation(place, r.place)).filter((r) => r !== 'unknown');
  const closer = relations.filter((r) => r !== 'same-country');
  return (closer.length > 0 ? closer : relations).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? 'unknown';
}

export function isFar(relation: PlaceRelation): boolean {
  return FAR.includes(relation);
}

/** `Phoenix, AZ, US` or `AZ, US`: enough to say where, without the street. */
export function placeName(p: ParsedAddress): string {
  return [p.city, p.region, p.country].filter(Boolean).join(', ') || 'an unknown place';
}

/**
 * Where equipment may go: the shipping address and each requested change, with their JSON paths.
 * A change to the address already in `shipping` (the usual record of how it got there) is listed once.
 */
export function shippingAddresses(dossier: Dossier): { label: string; path: string; place: ParsedAddress }[] {
  const country = dossier.location?.country;
  const { shipping, shippingChanges = [] } = dossier.addresses ?? {};
  const list = shipping ? [{ label: 'shipping address', path: '$.addresses.shipping', place: parseAddress(shipping, country) }] : [];
  shippingChanges.forEach((change, i) => {
    const place = parseAddress(change.address, country);
    if (list.some((seen) => compareAddresses(seen.place, place) === 'same')) return;
    list.push({ label: `requested change${change.at ? ` of ${change.at}` : ''}`, path: `$.addresses.shippingChanges[${i}].address`, place });
  });
  return list;
}
