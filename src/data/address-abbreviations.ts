import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const table = z.record(z.string(), z.array(z.string()));

const schema = ruleEnvelope.extend({
  suffixes: table,
  placeSuffixes: z.array(z.string()),
  units: table,
  unitSymbols: z.array(z.string()),
  directionals: table,
  words: table,
  compoundEndings: table,
  poBox: z.array(z.string()),
  regions: z.record(z.string(), table),
  countries: table,
});

export interface AddressAbbreviations {
  /** Any spelling (upper case) -> USPS standard street suffix. */
  suffix: Map<string, string>;
  /** Standard suffixes that also end place names (`PARK` of Litchfield Park, `SPGS` of Colorado Springs). */
  placeSuffix: Set<string>;
  /** Any spelling -> standard secondary unit designator (STE, APT, PMB, ...). */
  unit: Map<string, string>;
  /** `#`, `NO`: a unit number whose designator is unknown. */
  unitSymbols: Set<string>;
  directional: Map<string, string>;
  /** Words inside names (Saint -> St) spelled both ways. */
  word: Map<string, string>;
  /** Endings of one-word street names (`STRASSE` of Beispielstrasse) -> their abbreviation (`STR`), longest first. */
  compoundEnding: [string, string][];
  /** Spellings of "PO Box", longest first. */
  poBox: string[];
  /** Country -> (region name or code, upper case) -> region code. */
  region: Map<string, Map<string, string>>;
  /** Country names and aliases (upper case) -> ISO alpha-2. */
  country: Map<string, string>;
}

let cached: AddressAbbreviations | undefined;

export function addressAbbreviations(): AddressAbbreviations {
  if (cached) return cached;
  const data = loadRule('address-abbreviations', schema);
  cached = {
    suffix: reverse(data.suffixes),
    placeSuffix: new Set(data.placeSuffixes),
    unit: reverse(data.units),
    unitSymbols: new Set(data.unitSymbols),
    directional: reverse(data.directionals),
    word: reverse(data.words),
    compoundEnding: Object.entries(data.compoundEndings).flatMap(([standard, endings]) => endings.map((e): [string, string] => [e, standard])).sort((a, b) => b[0].length - a[0].length),
    poBox: [...data.poBox].sort((a, b) => b.length - a.length),
    region: new Map(Object.entries(data.regions).map(([country, regions]) => [country, reverse(regions)])),
    country: reverse(data.countries),
  };
  return cached;
}

/** `{ STD: [spelling, ...] }` -> every spelling, and the standard itself, to STD. */
function reverse(table: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [standard, spellings] of Object.entries(table)) {
    map.set(standard, standard);
    for (const spelling of spellings) map.set(spelling, standard);
  }
  return map;
}
