// Places as resumes write them ("Austin, TX", "Toronto, ON M5V 2T6", "Kyiv, Ukraine"),
// read into every plausible interpretation: "Chennai, IN" may be India or Indiana, and a
// check should contradict a claim only when no reading agrees with it.

import { countriesByName } from '../data/countries.js';

export interface Place {
  city?: string;
  /** US state or Canadian province code (`TX`, `ON`). */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado', CT: 'connecticut', DE: 'delaware',
  DC: 'district of columbia', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho', IL: 'illinois', IN: 'indiana', IA: 'iowa',
  KS: 'kansas', KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland', MA: 'massachusetts', MI: 'michigan', MN: 'minnesota',
  MS: 'mississippi', MO: 'missouri', MT: 'montana', NE: 'nebraska', NV: 'nevada', NH: 'new hampshire', NJ: 'new jersey',
  NM: 'new mexico', NY: 'new york', NC: 'north carolina', ND: 'north dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon',
  PA: 'pennsylvania', RI: 'rhode island', SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas', UT: 'utah',
  VT: 'vermont', VA: 'virginia', WA: 'washington', WV: 'west virginia', WI: 'wisconsin', WY: 'wyoming', PR: 'puerto rico',
};

const CA_PROVINCES: Record<string, string> = {
  AB: 'alberta', BC: 'british columbia', MB: 'manitoba', NB: 'new brunswick', NL: 'newfoundland and labrador', NS: 'nova scotia',
  NT: 'northwest territories', NU: 'nunavut', ON: 'ontario', PE: 'prince edward island', QC: 'quebec', SK: 'saskatchewan', YT: 'yukon',
};

/** Names people write that rules/countries.json does not give (or gives differently). */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', 'u.s.a.': 'US', 'u.s.a': 'US', 'u.s.': 'US', us: 'US', 'united states of america': 'US',
  uk: 'GB', 'u.k.': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  'south korea': 'KR', 'republic of korea': 'KR', 'czech republic': 'CZ', holland: 'NL', 'the netherlands': 'NL', uae: 'AE',
  'ivory coast': 'CI', turkey: 'TR', russia: 'RU', 'russian federation': 'RU', vietnam: 'VN', 'viet nam': 'VN', burma: 'MM', macedonia: 'MK',
};

let countryByName: Map<string, string> | undefined;

function countries(): Map<string, string> {
  if (countryByName) return countryByName;
  countryByName = new Map(Object.entries(COUNTRY_ALIASES));
  for (const [name, code] of countriesByName((n) => n.toLowerCase())) countryByName.set(name, code);
  return countryByName;
}

/** `TX`, `Texas`, `texas` -> `TX`; undefined for anything else. */
export function usStateCode(value: string | undefined): string | undefined {
  return regionCode(value, US_STATES);
}

function regionCode(value: string | undefined, table: Record<string, string>): string | undefined {
  const v = value?.trim().replace(/\.$/, '') ?? '';
  if (/^[A-Za-z]{2}$/.test(v) && table[v.toUpperCase()]) return v.toUpperCase();
  const lower = v.toLowerCase();
  return Object.keys(table).find((code) => table[code] === lower);
}

/** A country written out (`Ukraine`, `United Kingdom`, `USA`), never a bare two-letter code other than US/UK. */
export function countryFromName(value: string): string | undefined {
  return countries().get(value.trim().toLowerCase());
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
  const named = countryFromName(last);
  if (named) {
    // `Austin, Texas, USA`: the part before the country may be a US state or Canadian province.
    const region = parts.length >= 3 ? regionIn(named, parts[parts.length - 2]) : undefined;
    readings.push({ ...(city && { city }), ...(region && { region }), country: named });
  }
  // `Atlanta, Georgia` is a US state and a country's name: both readings stay.
  const state = regionCode(last, US_STATES);
  if (state) readings.push({ ...(city && { city }), region: state, country: 'US' });
  const province = regionCode(last, CA_PROVINCES);
  if (province) readings.push({ ...(city && { city }), region: province, country: 'CA' });
  // `Berlin, DE`: an upper-case two-letter code may also be the country.
  if (!named && /^[A-Z]{2}$/.test(last) && isCountryCode(last)) readings.push({ ...(city && { city }), country: last });
  return readings;
}

function regionIn(country: string, value: string): string | undefined {
  if (country === 'US') return regionCode(value, US_STATES);
  if (country === 'CA') return regionCode(value, CA_PROVINCES);
  return undefined;
}

function isCountryCode(code: string): boolean {
  return [...countries().values()].includes(code);
}
