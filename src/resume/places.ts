// Places as resumes write them ("Austin, TX", "Toronto, ON M5V 2T6", "Kyiv, Ukraine"),
// read into every plausible interpretation: "Chennai, IN" may be India or Indiana, and a
// check should contradict a claim only when no reading agrees with it.

import { isCountryInUse } from '../data/countries.js';
import { addressAbbreviations } from '../data/address-abbreviations.js';
import { countryNamed } from '../util/address.js';

export interface Place {
  city?: string;
  /** US state or Canadian province code (`TX`, `ON`). */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** `TX`, `Texas`, `texas` -> `TX`; undefined for anything else. */
export function usStateCode(value: string | undefined): string | undefined {
  return regionCode(value, 'US');
}

/** A US state or Canadian province by code or name, from rules/address-abbreviations.json. */
function regionCode(value: string | undefined, country: 'US' | 'CA'): string | undefined {
  const v = value?.trim().replace(/\.$/, '') ?? '';
  return addressAbbreviations().region.get(country)?.get(v.toUpperCase());
}

/** Every reading of a place written as `City, Region`, `City, Country`, `City, Region, Country` (postcodes ignored). */
export function readPlace(text: string, labelled: boolean): Place[] {
  const parts = text
    .split(',')
    .map((p) => p.replace(/\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b\d{4,6}(-\d{4})?\b/gi, '').trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return [];
  const last = parts[parts.length - 1];
  const city = parts.length >= 2 ? parts[0] : undefined;
  // A lone word is a place only where the resume labels it as one (`Location: Texas`).
  if (!city && !labelled) return [];
  const readings: Place[] = [];
  const named = countryNamed(last);
  if (named) {
    // `Austin, Texas, USA`: the part before the country may be a US state or Canadian province.
    const region = parts.length >= 3 ? regionIn(named, parts[parts.length - 2]) : undefined;
    readings.push({ ...(city && { city }), ...(region && { region }), country: named });
  }
  // `Atlanta, Georgia` is a US state and a country's name: both readings stay.
  const state = regionCode(last, 'US');
  if (state) readings.push({ ...(city && { city }), region: state, country: 'US' });
  const province = regionCode(last, 'CA');
  if (province) readings.push({ ...(city && { city }), region: province, country: 'CA' });
  // `Berlin, DE`: an upper-case two-letter code may also be the country.
  if (!named && /^[A-Z]{2}$/.test(last) && isCountryInUse(last)) readings.push({ ...(city && { city }), country: last });
  return readings;
}

function regionIn(country: string, value: string): string | undefined {
  return country === 'US' || country === 'CA' ? regionCode(value, country) : undefined;
}
