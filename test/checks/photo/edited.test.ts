import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/edited.js';
import { runCheck } from '../../helpers/factory.js';
import { ID, PROFILE, SELFIE, photo, withPhoto } from './helpers.js';
import type { PhotoEvidence } from '../../../src/types.js';

const severities = (photos: PhotoEvidence[]) => {
  const out = runCheck(check, withPhoto, { gathered: { photos } });
  return 'skip' in out ? 'skip' : out.map((p) => p.severity);
};

const cases = [
  { name: 'Photoshop on an ID photo', photos: [photo(ID, { Software: 'Adobe Photoshop 25.0 (Windows)' })], expected: ['medium'] },
  { name: 'GIMP in XMP CreatorTool on an ID photo', photos: [photo(ID, { CreatorTool: 'GIMP 2.10' })], expected: ['medium'] },
  { name: 'Photopea on an ID photo', photos: [photo(ID, { Software: 'Photopea' })], expected: ['medium'] },
  { name: 'FaceApp on an ID photo', photos: [photo(ID, { Software: 'FaceApp' })], expected: ['high'] },
  { name: 'Lightroom on an ID photo', photos: [photo(ID, { Software: 'Adobe Photoshop Lightroom Classic 13.2' })], expected: ['low'] },
  { name: 'Facetune2 on a selfie', photos: [photo(SELFIE, { Software: 'Facetune2' })], expected: ['medium'] },
  { name: 'Facetune 2 on a selfie', photos: [photo(SELFIE, { Software: 'Facetune 2.1' })], expected: ['medium'] },
  { name: 'Photoshop on a profile picture', photos: [photo(PROFILE, { Software: 'Adobe Photoshop 2024' })], expected: ['info'] },
  { name: 'ID photo and selfie both edited', photos: [photo(ID, { Software: 'Pixelmator Pro 3.5' }), photo(SELFIE, { Software: 'GIMP' })], expected: ['medium', 'low'] },
  // look-alikes
  { name: 'Lightroom on a profile picture', photos: [photo(PROFILE, { Software: 'Adobe Lightroom 7.0' })], expected: [] },
  { name: 'camera firmware', photos: [photo(ID, { Make: 'Canon', Software: 'Firmware Version 1.1.0' })], expected: [] },
  { name: 'phone software', photos: [photo(ID, { Software: 'iOS 17.4' })], expected: [] },
  { name: 'a name inside another word', photos: [photo(ID, { Software: 'Canvas Scanner' })], expected: [] },
  { name: 'no metadata', photos: [photo(ID)], expected: [] },
];

describe('photo.edited', () => {
  it.each(cases)('$name -> $expected', ({ photos, expected }) => {
    expect(severities(photos)).toEqual(expected);
  });
});
