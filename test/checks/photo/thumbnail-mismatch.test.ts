import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/thumbnail-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import { ID, PROFILE, photo, withPhoto } from './helpers.js';

const A = 'ebc05f850f3d1139';
const cases = [
  { name: 'thumbnail of another picture', photos: [{ ...photo(ID), hash: A, thumbnailHash: '14bfa07af0c2eec6' }], fires: 1 },
  { name: '20 bits apart', photos: [{ ...photo(ID), hash: '0000000000000000', thumbnailHash: '00000fffff000000' }], fires: 1 },
  { name: 'on a profile picture too', photos: [{ ...photo(PROFILE), hash: A, thumbnailHash: '14bfa07af0c2eec6' }], fires: 1 },
  // look-alikes
  { name: 'thumbnail of the same picture (a few bits off)', photos: [{ ...photo(ID), hash: A, thumbnailHash: 'fbc05f85073d111d' }], fires: 0 },
  { name: 'exactly at the threshold', photos: [{ ...photo(ID), hash: '0000000000000000', thumbnailHash: '0000fff000000000' }], fires: 0 },
  { name: 'no thumbnail', photos: [{ ...photo(ID), hash: A }], fires: 0 },
  { name: 'unreadable image', photos: [{ ...photo(ID), error: 'corrupt', thumbnailHash: A }], fires: 0 },
];

describe('photo.thumbnail-mismatch', () => {
  it.each(cases)('$name -> $fires', ({ photos, fires }) => {
    expect(countOf(runCheck(check, withPhoto, { gathered: { photos } }))).toBe(fires);
  });

  it('is high on an ID photo, medium on a profile picture', () => {
    const out = runCheck(check, withPhoto, { gathered: { photos: [{ ...photo(ID), hash: A, thumbnailHash: '14bfa07af0c2eec6' }, { ...photo(PROFILE), hash: A, thumbnailHash: '14bfa07af0c2eec6' }] } });
    expect('skip' in out ? [] : out.map((p) => p.severity)).toEqual(['high', 'medium']);
  });
});
