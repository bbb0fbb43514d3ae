import { describe, expect, it } from 'vitest';
import { compareBirthDates } from '../../src/sanctions/birth-dates.js';

describe('compareBirthDates: the candidate\'s date of birth against an entry\'s listed ones', () => {
  it.each([
    ['1965-08-07', 'DOB 07 Aug 1965; nationality Korea, North', 'same'],
    ['1965-08-08', 'DOB 07 Aug 1965; nationality Korea, North', 'different'],
    ['1965-08', 'DOB 07 Aug 1965', 'same'],
    ['1965', 'DOB 07 Aug 1965', 'same'],
    ['1965-08-20', 'DOB Aug 1965', 'same'],
    ['1965-09-01', 'DOB Aug 1965', 'different'],
    ['1965-12-31', 'DOB 1965', 'same'],
    ['1949-06-01', 'DOB circa 1947; alt. DOB circa 1946; POB Pyongan-Pukto, North Korea', 'same'],
    ['1950-01-01', 'DOB circa 1947; alt. DOB circa 1946', 'different'],
    ['1963-05-05', 'DOB 1962 to 1964', 'same'],
    ['1965-01-01', 'DOB 1962 to 1964', 'different'],
    ['1971-03-15', 'DOB 01 Jan 1970 to 31 Dec 1972.', 'same'],
    ['1990-03-15', 'DOB 18 Feb 1962; alt. DOB 03 Mar 1990', 'different'],
    ['1990-03-03', 'DOB 18 Feb 1962; alt. DOB 03 Mar 1990', 'same'],
  ] as const)('%s against "%s": %s', (candidate, details, relation) => {
    expect(compareBirthDates(candidate, details)).toBe(relation);
  });

  it.each([
    [undefined, 'DOB 07 Aug 1965'],
    ['1965-08-07', 'POB Pyongyang; nationality Korea, North'],
    ['1965-08-07', ''],
    ['1965-08-07', 'DOB unknown'],
  ])('%s against "%s": unknown, nothing to compare', (candidate, details) => {
    expect(compareBirthDates(candidate, details)).toBe('unknown');
  });
});
