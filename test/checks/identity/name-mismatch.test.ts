import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/identity/name-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const onDocument = (name: string, nameOnDocument: string) => ({ name, idDocument: { nameOnDocument } });

describe('identity.name-mismatch', () => {
  it.each([
    { fields: onDocument('Jordan Ellis', 'Jordan Eltiz'), fires: 1 }, // surname with two letters changed
    { fields: onDocument('Jordan Ellis', 'Michael Brandt'), fires: 1 },
    { fields: onDocument('Jordan A. Ellis', 'Jordan B. Ellis'), fires: 1 },
    { fields: { name: 'Jordan Ellis', aliases: ['Wei Zhang', 'J. Ellis'] }, fires: 1 },
    { fields: { ...onDocument('Jordan Ellis', 'Ryan Cole'), aliases: ['Lucas Meyer'] }, fires: 2 },
    // Look-alikes: one person's name written differently.
    { fields: onDocument('Jordan Ellis', 'ELLIS, JORDAN'), fires: 0 },
    { fields: onDocument('Jordan Ellis', 'Jordan Michael Ellis'), fires: 0 },
    { fields: onDocument('Jordan M. Ellis', 'Jordan Ellis'), fires: 0 },
    { fields: onDocument('José Núñez-García', 'JOSE NUNEZ GARCIA'), fires: 0 },
    // The name a person goes by, the legal name on the ID.
    { fields: onDocument('Alex Chen', 'Alexander Chen'), fires: 0 },
    { fields: onDocument('Bill Jones', 'WILLIAM ROBERT JONES'), fires: 0 },
    { fields: onDocument('Robert Smith', 'Albert Smith'), fires: 1 },
    { fields: onDocument("Sean O'Brien", 'Sean OBrien'), fires: 0 },
    { fields: onDocument('Kim Min-jun', 'Minjun Kim'), fires: 0 },
    { fields: { name: 'Jordan Ellis', aliases: ['J. Ellis', 'Jordan M. Ellis'] }, fires: 0 },
  ])('$fields -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it.each([
    { name: 'another family name, the same given name (married): low', fields: onDocument('Maria Schmidt', 'MARIA MUELLER'), severity: 'low' },
    { name: 'the same in the comma form', fields: onDocument('Schmidt, Maria', 'Maria Mueller'), severity: 'low' },
    { name: 'a middle name and another family name: low', fields: onDocument('Jennifer Smith', 'JENNIFER ANNE JOHNSON'), severity: 'low' },
    { name: 'another given name, the same family name (a relative\'s document?): medium', fields: onDocument('Robert Smith', 'Albert Smith'), severity: 'medium' },
    { name: 'an English given name beside the passport\'s: medium, asked about', fields: onDocument('David Zhang', 'ZHANG WEI'), severity: 'medium' },
    { name: 'nothing in common: medium', fields: onDocument('Jordan Ellis', 'Michael Brandt'), severity: 'medium' },
  ])('$name', ({ fields, severity }) => {
    const outcome = runCheck(check, fields);
    expect('skip' in outcome ? [] : outcome.map((p) => p.severity)).toEqual([severity]);
  });

  it('a document name mismatch is medium, an alias mismatch low', () => {
    const outcome = runCheck(check, { ...onDocument('Jordan Ellis', 'Ryan Cole'), aliases: ['Lucas Meyer'] });
    expect('skip' in outcome ? [] : outcome.map((p) => p.severity)).toEqual(['medium', 'low']);
  });
});
