import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/ai-generated.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import { ID, PROFILE, SELFIE, photo, withPhoto } from './helpers.js';

const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const cases = [
  { name: 'XMP DigitalSourceType trainedAlgorithmicMedia', photos: [photo(ID, { DigitalSourceType: `${IPTC}trainedAlgorithmicMedia` })], fires: 1 },
  { name: 'IPTC term without the URI', photos: [photo(ID, { DigitalSourceType: 'compositeSynthetic' })], fires: 1 },
  { name: 'C2PA manifest declaring algorithmicMedia', photos: [photo(ID, { C2PADigitalSourceType: [`${IPTC}algorithmicMedia`] })], fires: 1 },
  { name: 'Midjourney in Software', photos: [photo(ID, { Software: 'Midjourney v6' })], fires: 1 },
  { name: 'DALL·E in CreatorTool', photos: [photo(SELFIE, { CreatorTool: 'DALL·E 3' })], fires: 1 },
  { name: 'Stable Diffusion parameters chunk', photos: [photo(PROFILE, { parameters: 'portrait, Steps: 20, Sampler: Euler a' })], fires: 1 },
  { name: 'ComfyUI prompt chunk', photos: [photo(PROFILE, { prompt: '{"3": {"class_type": "KSampler"}}' })], fires: 1 },
  { name: 'two AI photos', photos: [photo(ID, { Software: 'Adobe Firefly' }), photo(SELFIE, { DigitalSourceType: 'trainedAlgorithmicMedia' })], fires: 2 },
  { name: 'several markers on one photo are one finding', photos: [photo(ID, { Software: 'Midjourney', DigitalSourceType: 'trainedAlgorithmicMedia' })], fires: 1 },
  // look-alikes
  { name: 'a camera original', photos: [photo(ID, { Make: 'Canon', Model: 'EOS 250D', DigitalSourceType: `${IPTC}digitalCapture` })], fires: 0 },
  { name: 'Photoshop (an editor, not a generator)', photos: [photo(ID, { Software: 'Adobe Photoshop 25.0' })], fires: 0 },
  { name: 'phone computational photography', photos: [photo(ID, { DigitalSourceType: `${IPTC}computationalCapture`, Software: 'HDR+ 1.0.612345' })], fires: 0 },
  { name: 'a word that contains a generator name', photos: [photo(ID, { Software: 'Imagenet viewer', CreatorTool: 'Canvas Studio' })], fires: 0 },
  { name: 'an empty parameters chunk', photos: [photo(PROFILE, { parameters: '' })], fires: 0 },
  { name: 'no metadata', photos: [photo(ID)], fires: 0 },
];

describe('photo.ai-generated', () => {
  it.each(cases)('$name -> $fires', ({ photos, fires }) => {
    expect(countOf(runCheck(check, withPhoto, { gathered: { photos } }))).toBe(fires);
  });

  it('is high on an ID photo or selfie, low on a profile picture', () => {
    const marks = { DigitalSourceType: 'trainedAlgorithmicMedia' };
    const out = runCheck(check, withPhoto, { gathered: { photos: [photo(ID, marks), photo(SELFIE, marks), photo(PROFILE, marks)] } });
    expect('skip' in out ? [] : out.map((p) => p.severity)).toEqual(['high', 'high', 'low']);
  });

  it('says what marked the photo', () => {
    const out = runCheck(check, withPhoto, { gathered: { photos: [photo(ID, { C2PADigitalSourceType: [`${IPTC}trainedAlgorithmicMedia`] })] } });
    expect('skip' in out ? '' : out[0].evidence).toBe('ID photo "id.jpg": C2PA manifest digitalSourceType is trainedAlgorithmicMedia');
  });
});
