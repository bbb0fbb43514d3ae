// What a spreadsheet writes for a long number it rounded, and the values that only look like it.

import { describe, expect, it } from 'vitest';
import { isScientificNotation } from '../../src/util/rounded-number.js';

describe('isScientificNotation', () => {
  it.each([
    ['1.51222E+10', 'a phone from a General cell, saved as CSV by Excel'],
    ['1.23457E+11', 'an account number'],
    ['1,23457E+11', 'with a decimal comma (a German or French Excel)'],
    ['1E+05', 'no decimals'],
    [' 2.1E+08 ', 'with spaces around'],
    ['1.2e-05', 'lower case, a small number'],
  ])('%s: rounded (%s)', (value) => {
    expect(isScientificNotation(value)).toBe(true);
  });

  it.each([
    ['E14 5AB', 'a London postcode'],
    ['3E14', 'an id with no sign in its exponent, which a spreadsheet always writes'],
    ['12E', 'a flat number'],
    ['+1 512 555 0147', 'a phone'],
    ['021000021', 'a routing number'],
    ['1.5', 'a plain decimal'],
    ['4E Main St', 'an address'],
  ])('%s: not rounded (%s)', (value) => {
    expect(isScientificNotation(value)).toBe(false);
  });
});
