import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesByName, countryName, isCountryCode } from '../../src/data/countries.js';
import { countryOf } from '../../src/util/address.js';

describe('rules/countries.json', () => {
  it.each([
    ['US', true],
    ['GB', true],
    ['KP', true],
    ['XK', true], // Kosovo: user-assigned, used by banks and CLDR
    ['UK', true], // exceptionally reserved, old records write it
    ['YU', true], // withdrawn, still accepted as before
    ['ZZ', false], // CLDR's "unknown region"
    ['EU', false], // a grouping, not a country
    ['XA', false], // a test locale
    ['AA', false],
    ['us', false], // the schema upper-cases before asking
  ])('%s is a country code: %s', (code, known) => {
    expect(isCountryCode(code)).toBe(known);
  });

  it('names a code in English, and echoes what is not a code', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('HK')).toBe('Hong Kong SAR China');
    expect(countryName('QQ')).toBe('QQ');
  });

  it('resolves a name to the code in use, never to a withdrawn one', () => {
    const byName = countriesByName((n) => n.toLowerCase());
    expect(byName.get('germany')).toBe('DE'); // not DD
    expect(byName.get('serbia')).toBe('RS'); // not CS or YU
    expect(byName.get('russia')).toBe('RU'); // not SU
    expect(byName.get('united kingdom')).toBe('GB'); // not UK
    expect(byName.get('france')).toBe('FR'); // not FX, "Metropolitan France", withdrawn in 1997
    expect(byName.size).toBeGreaterThan(240);
  });

  it('gives each English name of a code in use one code, aliases included: a name two codes share would resolve to either', () => {
    const { names, aliases } = JSON.parse(readFileSync('rules/countries.json', 'utf8')) as { names: Record<string, string>; aliases: Record<string, string[]> };
    const codesOf = new Map<string, string[]>();
    const add = (code: string, name: string) => codesOf.set(name.toLowerCase(), [...new Set([...(codesOf.get(name.toLowerCase()) ?? []), code])]);
    for (const [code, name] of Object.entries(names)) add(code, name);
    for (const [code, others] of Object.entries(aliases)) for (const name of others) add(code, name);
    expect([...codesOf].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });
});

describe('country names as sheets and applicant-tracking systems write them', () => {
  it.each([
    ['Hong Kong', 'HK'], // CLDR's name is "Hong Kong SAR China"
    ['Hong Kong SAR', 'HK'],
    ['Macau', 'MO'],
    ['Korea, Republic of', 'KR'], // ISO 3166's own form, as Workday and SAP lists write it
    ['Korea (South)', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['Iran, Islamic Republic of', 'IR'],
    ['Moldova, Republic of', 'MD'],
    ['Taiwan, Province of China', 'TW'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Palestine', 'PS'],
    // Pick lists that spell a country twice, and names as the World Bank and ISO write them.
    ['United States (US)', 'US'],
    ['US - United States', 'US'],
    ['Taiwan (ROC)', 'TW'],
    ['Eswatini (Swaziland)', 'SZ'],
    ['Czech Rep.', 'CZ'],
    ['Slovak Republic', 'SK'],
    ['Lao PDR', 'LA'],
    ['Cabo Verde', 'CV'],
    ["Cote d'Ivoire", 'CI'], // CLDR writes Côte d’Ivoire
    ['Curacao', 'CW'],
  ])('%s is %s', (written, code) => {
    expect(countryOf(written)).toBe(code);
  });

  // Names that say two places: better no country than a guess.
  it.each(['Congo', 'Georgia', 'Germany (FR)'])('%s is no one country', (written) => {
    expect(countryOf(written)).toBeUndefined();
  });
});
