import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesByName, countryName, isCountryCode } from '../../src/data/countries.js';

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

  it('gives each English name of a code in use one code: a name two codes share would resolve to either', () => {
    const { names } = JSON.parse(readFileSync('rules/countries.json', 'utf8')) as { names: Record<string, string> };
    const codesOf = new Map<string, string[]>();
    for (const [code, name] of Object.entries(names)) codesOf.set(name, [...(codesOf.get(name) ?? []), code]);
    expect([...codesOf].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });
});
