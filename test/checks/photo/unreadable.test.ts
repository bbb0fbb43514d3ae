import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/unreadable.js';
import { runCheck } from '../../helpers/factory.js';
import { ID, SELFIE, photo, withPhoto } from './helpers.js';

const cases = [
  { name: 'truncated ID photo', photos: [{ ...photo(ID), error: 'corrupt or truncated image' }], expected: ['low'] },
  { name: 'selfie that is not an image', photos: [{ ...photo(SELFIE), error: 'not an image' }], expected: ['info'] },
  { name: 'two unreadable photos', photos: [{ ...photo(ID), error: 'file not found' }, { ...photo(SELFIE), error: 'over the limit' }], expected: ['low', 'info'] },
  { name: 'readable photos', photos: [{ ...photo(ID), hash: 'ebc05f850f3d1139' }], expected: [] },
];

describe('photo.unreadable', () => {
  it.each(cases)('$name -> $expected', ({ photos, expected }) => {
    const out = runCheck(check, withPhoto, { gathered: { photos } });
    expect('skip' in out ? 'skip' : out.map((p) => p.severity)).toEqual(expected);
  });
});
