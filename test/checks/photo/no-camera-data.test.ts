import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/no-camera-data.js';
import { runCheck } from '../../helpers/factory.js';
import { ID, SELFIE, photo, withPhoto } from './helpers.js';

const cases = [
  { name: 'ID photo with no metadata', photos: [photo(ID)], fires: 1 },
  { name: 'ID photo with only a PNG header and an editor', photos: [photo(ID, { ImageWidth: 600, ColorType: 'RGB', Software: 'GIMP' })], fires: 1 },
  { name: 'stated metadata with no camera fields', photos: [photo({ path: '$.idDocument.metadata', role: 'id' }, { Software: 'Photoshop' })], fires: 1 },
  // look-alikes
  { name: 'ID photo from a camera', photos: [photo(ID, { Make: 'Canon', Model: 'EOS 250D' })], fires: 0 },
  { name: 'ID photo with only a capture time', photos: [photo(ID, { DateTimeOriginal: '2025-03-14T10:21:07' })], fires: 0 },
  { name: 'selfie without camera data (only the ID is judged)', photos: [photo(SELFIE)], fires: 0 },
  { name: 'unreadable ID photo (reported by photo.unreadable)', photos: [{ ...photo(ID), error: 'not an image' }], fires: 0 },
];

describe('photo.no-camera-data', () => {
  it.each(cases)('$name -> $fires', ({ photos, fires }) => {
    const out = runCheck(check, withPhoto, { gathered: { photos } });
    expect('skip' in out ? 'skip' : out.length).toBe(fires);
  });

  it('is never more than info', () => {
    expect(check.severity).toBe('info');
    const out = runCheck(check, withPhoto, { gathered: { photos: [photo(ID)] } });
    expect('skip' in out ? [] : out.map((p) => p.severity ?? check.severity)).toEqual(['info']);
  });
});
