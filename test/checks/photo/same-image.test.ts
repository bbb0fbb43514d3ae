import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/same-image.js';
import { runCheck } from '../../helpers/factory.js';
import { ID, PROFILE, SELFIE, photo, withPhoto } from './helpers.js';

const A = 'ebc05f850f3d1139';
const NEAR_A = 'e3c05f850f3d1131'; // 2 bits off
const B = '14bfa07af0c2eec6';
const OTHER = { path: '$.photos[1]', role: 'other', file: 'other.jpg' } as const;
const PROFILE2 = { path: '$.photos[2]', role: 'profile', file: 'profile2.jpg' } as const;
const cases = [
  { name: 'selfie is the ID photo resized', photos: [{ ...photo(ID), hash: A }, { ...photo(SELFIE), hash: NEAR_A }], expected: ['high'] },
  { name: 'profile picture is the ID photo', photos: [{ ...photo(ID), hash: A }, { ...photo(PROFILE), hash: A }], expected: ['medium'] },
  { name: 'selfie is the profile picture', photos: [{ ...photo(SELFIE), hash: A }, { ...photo(PROFILE), hash: NEAR_A }], expected: ['medium'] },
  { name: 'ID, selfie and profile all one picture', photos: [{ ...photo(ID), hash: A }, { ...photo(SELFIE), hash: A }, { ...photo(PROFILE), hash: A }], expected: ['high', 'medium', 'medium'] },
  // look-alikes
  { name: 'a real selfie', photos: [{ ...photo(ID), hash: A }, { ...photo(SELFIE), hash: B }], expected: [] },
  { name: 'just over the threshold', photos: [{ ...photo(ID), hash: '0000000000000000' }, { ...photo(SELFIE), hash: '00000000000001ff' }], expected: [] },
  { name: 'two copies of the profile picture', photos: [{ ...photo(PROFILE), hash: A }, { ...photo(PROFILE2), hash: A }], expected: [] },
  { name: 'profile picture and another photo', photos: [{ ...photo(PROFILE), hash: A }, { ...photo(OTHER), hash: A }], expected: [] },
  { name: 'unreadable selfie', photos: [{ ...photo(ID), hash: A }, { ...photo(SELFIE), error: 'truncated' }], expected: [] },
];

describe('photo.same-image', () => {
  it.each(cases)('$name -> $expected', ({ photos, expected }) => {
    const out = runCheck(check, withPhoto, { gathered: { photos } });
    expect('skip' in out ? 'skip' : out.map((p) => p.severity)).toEqual(expected);
  });
});
