import { describe, expect, it } from 'vitest';
import { check as freightForwarder } from '../../../src/checks/address/freight-forwarder.js';
import { check as mailDrop } from '../../../src/checks/address/mail-drop.js';
import { check as shippingChange } from '../../../src/checks/address/shipping-change.js';
import { check as shippingDiffers } from '../../../src/checks/address/shipping-differs.js';
import { check as shippingFar } from '../../../src/checks/address/shipping-far.js';
import type { Check } from '../../../src/types.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const austin = { city: 'Austin', region: 'TX', country: 'US' };
const home = { line1: '4821 Duval St', city: 'Austin', region: 'TX', postalCode: '78751', country: 'US' };
const office = '900 Congress Ave Ste 300, Austin, TX 78701';
const phoenix = '1200 Example Rd, Phoenix, AZ 85001, US';
const at = (address: string, more: Record<string, unknown> = {}) => ({ location: austin, addresses: { home, shipping: address, ...more } });

const cases: { check: Check; name: string; fields: Record<string, unknown>; fires: number | 'skip'; severities?: string[] }[] = [
  // address.shipping-differs: spellings of the home address must not fire
  { check: shippingDiffers, name: 'ZIP+4 and Street', fields: at('4821 Duval Street, Austin, TX 78751-1234, US'), fires: 0 },
  { check: shippingDiffers, name: 'upper case, no country', fields: at('4821 DUVAL ST., AUSTIN TX 78751'), fires: 0 },
  { check: shippingDiffers, name: '#4 vs Suite 4', fields: { addresses: { home: '1200 Example Rd Suite 4, Phoenix, AZ 85001', shipping: '1200 Example Road #4, Phoenix, Arizona 85001' } }, fires: 0 },
  { check: shippingDiffers, name: 'W vs West, Rd vs Road', fields: { addresses: { home: '77 W Example Rd, Columbus, OH 43215', shipping: { line1: '77 West Example Road', city: 'Columbus', region: 'Ohio', postalCode: '43215-0001' } } }, fires: 0 },
  { check: shippingDiffers, name: 'same as ID address', fields: { addresses: { home, id: phoenix, shipping: '1200 Example Road, Phoenix AZ 85001' } }, fires: 0 },
  { check: shippingDiffers, name: 'shipping is only a city', fields: at('Austin, TX'), fires: 0 },
  { check: shippingDiffers, name: 'company office on the allow list', fields: at(office), fires: 0 },
  { check: shippingDiffers, name: 'own office, same city', fields: at(office), fires: 1, severities: ['low'] },
  { check: shippingDiffers, name: 'another state', fields: at(phoenix), fires: 1, severities: ['medium'] },
  { check: shippingDiffers, name: 'another house number', fields: at('4823 Duval St, Austin, TX 78751'), fires: 1, severities: ['low'] },
  { check: shippingDiffers, name: 'differs from home and ID', fields: { addresses: { home, id: '4821 Duval St, Austin, TX 78751', shipping: phoenix } }, fires: 1 },
  // address.shipping-far
  { check: shippingFar, name: 'other state than home and location', fields: at(phoenix), fires: 1, severities: ['medium'] },
  { check: shippingFar, name: 'other country', fields: at('10 Example Street, London SW1A 2AA, UK'), fires: 1, severities: ['high'] },
  { check: shippingFar, name: 'location only', fields: { location: austin, addresses: { shipping: phoenix } }, fires: 1 },
  { check: shippingFar, name: 'home in Austin, location only the country', fields: { location: { country: 'US' }, addresses: { home, shipping: phoenix } }, fires: 1, severities: ['medium'] },
  { check: shippingFar, name: 'home in Austin, location only the country, shipping in Houston', fields: { location: { country: 'US' }, addresses: { home, shipping: '1 Example St, Houston, TX 77002' } }, fires: 0 },
  { check: shippingFar, name: 'location only the country, no home', fields: { location: { country: 'US' }, addresses: { shipping: phoenix } }, fires: 0 },
  { check: shippingFar, name: 'same city', fields: at(office), fires: 0 },
  { check: shippingFar, name: 'same state', fields: at('1 Example St, Houston, TX 77002'), fires: 0 },
  { check: shippingFar, name: 'home moved, location stale', fields: { location: austin, addresses: { home: phoenix, shipping: '1200 Example Rd, Phoenix, AZ 85001' } }, fires: 0 },
  { check: shippingFar, name: 'expat shipping at home abroad', fields: { location: { country: 'DE' }, addresses: { home: 'Beispielstrasse 4, 10117 Berlin, Germany', shipping: 'Beispielweg 9, 80331 München, Germany' } }, fires: 0 },
  // address.mail-drop
  { check: mailDrop, name: 'PO Box', fields: at('PO Box 1842, Austin, TX 78767'), fires: 1 },
  { check: mailDrop, name: 'P.O. Box', fields: at('P.O. Box 1842, Austin, TX 78767'), fires: 1 },
  { check: mailDrop, name: 'PMB', fields: at('5150 Example Blvd Ste 110 PMB 4417, Las Vegas, NV 89118'), fires: 1 },
  { check: mailDrop, name: 'c/o', fields: at('c/o R. Smith, 1200 Example Rd, Phoenix, AZ 85001'), fires: 1 },
  { check: mailDrop, name: 'c/o someone at the candidate\'s own home', fields: at('c/o M. Alvarez, 4821 Duval Street, Austin, TX 78751'), fires: 1, severities: ['low'] },
  { check: mailDrop, name: 'c/o someone at another house on the street', fields: at('c/o M. Alvarez, 4825 Duval Street, Austin, TX 78751'), fires: 1, severities: ['medium'] },
  { check: mailDrop, name: 'a PMB given as the home too', fields: { location: austin, addresses: { home: '5150 Example Blvd Ste 110 PMB 4417, Las Vegas, NV 89118', shipping: 'c/o R. Smith, 5150 Example Blvd Ste 110 PMB 4417, Las Vegas, NV 89118' } }, fires: 1, severities: ['medium'] },
  { check: mailDrop, name: 'UPS Store', fields: at('The UPS Store #4471, 2000 Example Pkwy, Austin, TX 78701'), fires: 1 },
  { check: mailDrop, name: 'in a requested change too', fields: at(phoenix, { shippingChanges: [{ at: '2026-01-10', address: 'PMB 12, 5150 Example Blvd, Las Vegas, NV 89118' }] }), fires: 1 },
  { check: mailDrop, name: 'a home with a suite', fields: at(office), fires: 0 },
  { check: mailDrop, name: 'Box Elder Street', fields: at('12 Box Elder St, Austin, TX 78751'), fires: 0 },
  { check: mailDrop, name: 'Mailbox-free Post Rd', fields: at('12 Post Office Rd, Austin, TX 78751'), fires: 0 },
  // address.freight-forwarder
  { check: freightForwarder, name: 'Shipito', fields: at('Shipito, 1200 Example Rd Ste 4, Torrance, CA 90501'), fires: 1 },
  { check: freightForwarder, name: 'MyUS suite', fields: at('MyUS.com Suite 4417, 4901 Example Ave, Sarasota, FL 34243'), fires: 1 },
  { check: freightForwarder, name: 'Planet Express', fields: at(phoenix, { shippingChanges: [{ address: 'Planet Express, 1200 Example Rd, Torrance, CA 90501' }] }), fires: 1 },
  { check: freightForwarder, name: 'Express Ave is not Planet Express', fields: at('12 Planet Rd, Express, TX 78751'), fires: 0 },
  { check: freightForwarder, name: 'plain home', fields: at('4821 Duval St, Austin, TX 78751'), fires: 0 },
  // address.shipping-change
  { check: shippingChange, name: 'one change, same city', fields: at(office, { shippingChanges: [{ at: '2026-01-10', address: office }] }), fires: 1, severities: ['low'] },
  // One request to ship to another state: a move or a stay with family looks the same.
  { check: shippingChange, name: 'change to another state', fields: at(phoenix, { shippingChanges: [{ at: '2026-01-10', address: phoenix }] }), fires: 1, severities: ['medium'] },
  { check: shippingChange, name: 'change to another state, care of someone else', fields: at(phoenix, { shippingChanges: [{ at: '2026-01-10', address: `c/o T. Marsh, ${phoenix}` }] }), fires: 1, severities: ['high'] },
  { check: shippingChange, name: 'two changes, one to another state', fields: at(phoenix, { shippingChanges: [{ address: office }, { address: phoenix }] }), fires: 2, severities: ['medium', 'high'] },
  { check: shippingChange, name: 'two changes nearby', fields: at(office, { shippingChanges: [{ address: office }, { address: '1 Example St, Austin, TX 78702' }] }), fires: 2, severities: ['medium', 'medium'] },
  { check: shippingChange, name: 'change to another state than the home, location only the country', fields: { location: { country: 'US' }, addresses: { home, shipping: phoenix, shippingChanges: [{ at: '2026-01-10', address: phoenix }] } }, fires: 1, severities: ['medium'] },
  { check: shippingChange, name: 'back to home', fields: at(phoenix, { shippingChanges: [{ address: '4821 Duval Street, Austin, TX 78751' }] }), fires: 0 },
];

const allowOffice = { allowAddresses: [office] };

describe('address.*', () => {
  it.each(cases)('$check.id: $name -> $fires', ({ check, name, fields, fires, severities }) => {
    const config = name.includes('allow list') ? allowOffice : {};
    const outcome = runCheck(check, fields, { config });
    expect(countOf(outcome)).toBe(fires);
    if (severities && !('skip' in outcome)) expect(outcome.map((p) => p.severity ?? check.severity)).toEqual(severities);
  });

  it('masks the street in every piece of evidence', () => {
    const fields = at('c/o R. Smith, 1200 Example Rd, Phoenix, AZ 85001', { shippingChanges: [{ address: 'Shipito, 1200 Example Rd, Phoenix, AZ 85001' }] });
    for (const check of [shippingDiffers, shippingFar, mailDrop, freightForwarder, shippingChange]) {
      const outcome = runCheck(check, fields);
      if ('skip' in outcome) continue;
      for (const problem of outcome) expect(problem.evidence).not.toMatch(/1200|Example|Smith/);
    }
  });
});
