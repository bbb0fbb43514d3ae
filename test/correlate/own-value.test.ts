// The hint beside a link that holds most of a run: more often the sender's own value than a farm.

import { describe, expect, it } from 'vitest';
import { ownValueHint } from '../../src/correlate/own-value.js';
import type { Correlation } from '../../src/types.js';

const link = (kind: string, members: number): Correlation => ({
  check: `correlation.${kind}`,
  kind,
  value: 'masked',
  severity: 'high',
  candidates: Array.from({ length: members }, (_, i) => ({ name: `Person ${i}`, source: `sheet.csv:${i + 1}`, row: i + 1 })),
});

describe('ownValueHint', () => {
  it.each([
    ['shared-photo', 'a default avatar of the system the rows came from'],
    ['similar-resume', 'a template the rows were filled in from'],
  ])('%s in 30 of 40 candidates: more often a placeholder', (kind, placeholder) => {
    expect(ownValueHint(link(kind, 30), 40)).toBe(`one value for 30 of 40 candidates: more often ${placeholder} than one person's; look at it before anything else`);
  });

  it.each([
    ['shared-phone', 40, 40, 'allowContacts'],
    ['shared-email', 12, 40, 'allowContacts'],
    ['shared-address', 10, 40, 'allowAddresses'], // a quarter of the run
  ])('%s in %i of %i candidates names %s', (kind, members, candidates, setting) => {
    expect(ownValueHint(link(kind, members), candidates)).toBe(`one value for ${members} of ${candidates} candidates: if it is your own (an office, a recruiter's contact), list it under ${setting} in the configuration and it links nobody`);
  });

  it.each([
    ['shared-address', 9, 9], // too few to be anyone's office
    ['shared-address', 12, 500], // a farm of twelve in a large sheet
    ['shared-bank-account', 40, 40], // no setting makes an account the company's own
    ['shared-photo', 9, 9],
  ])('%s in %i of %i candidates: no hint', (kind, members, candidates) => {
    expect(ownValueHint(link(kind, members), candidates)).toBeUndefined();
  });
});
