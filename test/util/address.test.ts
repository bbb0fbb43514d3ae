import { describe, expect, it } from 'vitest';
import { addressKey, addressKeys, compareAddresses, homeAddressIn, maskedAddress, parseAddress, placeRelation, sameAddress, type ClaimedPlace } from '../../src/util/address.js';
import type { Address } from '../../src/dossier/schema.js';

describe('parseAddress', () => {
  const cases = [
    {
      input: '1200 Example Rd Ste 4, Phoenix, AZ 85001, US',
      want: { street: '1200 example rd', unit: 'ste 4', city: 'Phoenix', region: 'AZ', postalCode: '85001', country: 'US', place: 'Phoenix, AZ 85001, US' },
    },
    {
      input: '4821 Duval Street, Austin, TX 78751-1234',
      want: { street: '4821 duval st', city: 'Austin', region: 'TX', postalCode: '78751', country: 'US' },
    },
    { input: '4821 Duval St Austin TX 78751', want: { street: '4821 duval st', city: 'Austin', region: 'TX', postalCode: '78751', country: 'US' } },
    { input: '77 West Main Street, Apt. 2B, Columbus, Ohio 43215, United States of America', want: { street: '77 w main st', unit: 'apt 2b', city: 'Columbus', region: 'OH', country: 'US' } },
    { input: '300 N. Lake Shore Dr., 4th Floor, Chicago, IL 60611', want: { street: '300 n lake shore dr', unit: 'fl 4', city: 'Chicago', region: 'IL' } },
    { input: 'P.O. Box 1842, Tucson, AZ 85702', want: { street: 'po box 1842', poBox: true, city: 'Tucson', region: 'AZ', postalCode: '85702' } },
    { input: '5150 Example Blvd #110 PMB 4417, Las Vegas, NV 89118, USA', want: { street: '5150 example blvd', unit: '# 110', pmb: 'pmb 4417', city: 'Las Vegas', region: 'NV' } },
    { input: '1 Example Way, New York, NY 10001', want: { street: '1 example way', city: 'New York', region: 'NY', postalCode: '10001' } },
    { input: '12 Saint Paul Street, St. Louis, Missouri, 63101, USA', want: { street: '12 st paul st', city: 'St Louis', region: 'MO', postalCode: '63101', country: 'US' } },
    { input: '10 Example Street, London SW1A 2AA, UK', want: { street: '10 example st', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' } },
    { input: 'Beispielstrasse 43, 10117 Berlin, Germany', want: { city: 'Berlin', postalCode: '10117', country: 'DE' } },
    { input: '88 Example Ave, Toronto, ON M5V 2T6, Canada', want: { street: '88 example ave', city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', country: 'CA' } },
    { input: 'c/o J. Doe, 12 Example Ln, Nashville, TN 37203', want: { street: '12 example ln', city: 'Nashville', region: 'TN', otherLines: ['C/O J DOE'] } },
    { input: { line1: '4821 Duval St', city: 'Austin', region: 'Texas', postalCode: '78751', country: 'US' }, want: { street: '4821 duval st', region: 'TX', city: 'Austin' } },
    { input: { line1: '1200 Example Road', line2: 'Suite 4', city: 'phoenix', region: 'AZ', postalCode: 857011234 }, want: { street: '1200 example rd', unit: 'ste 4', city: 'Phoenix', postalCode: '85701', country: 'US' } },
    { input: { line1: '1200 Example Rd, Ste 4, Phoenix, AZ 85001' }, want: { street: '1200 example rd', unit: 'ste 4', city: 'Phoenix', region: 'AZ' } },
    { input: '900 Office Park Dr, Austin, TX', want: { street: '900 office park dr', city: 'Austin' } },
  ];
  it.each(cases)('$input', ({ input, want }) => {
    expect(parseAddress(input as never)).toMatchObject(want);
  });

  it('uses the default country when the address names none', () => {
    expect(parseAddress('10 Example Street, Leeds', 'GB').country).toBe('GB');
  });
});

describe('addressKey and sameAddress', () => {
  const home = { line1: '1200 Example Rd', line2: 'Ste 4', city: 'Phoenix', region: 'AZ', postalCode: '85001', country: 'US' };
  const same = [
    '1200 Example Rd Ste 4, Phoenix, AZ 85001, US',
    '1200 EXAMPLE ROAD, SUITE 4, PHOENIX, AZ 85001',
    '1200 Example Rd. #4, Phoenix, Arizona 85001-2211, United States',
    '1200 example road unit 4, phoenix az 85001',
  ];
  it.each(same)('%s has the key of the structured form', (spelling) => {
    expect(addressKey(spelling)).toBe(addressKey(home));
    expect(sameAddress(spelling, home)).toBe(true);
  });

  it('documents its form', () => {
    expect(addressKey(home)).toBe('us|85001|1200 example rd|4');
  });

  it('gives an address with a postal code and a city a second key, by the city, which it has without the code', () => {
    expect(addressKeys(parseAddress(home))).toEqual(['us|85001|1200 example rd|4', 'us|az phoenix|1200 example rd|4']);
    expect(addressKeys(parseAddress('1200 Example Rd Ste 4, Phoenix AZ'))).toEqual(['us|az phoenix|1200 example rd|4']);
    expect(addressKeys(parseAddress('1200 Example Rd Ste 4, 85001, US'))).toEqual(['us|85001|1200 example rd|4']);
  });

  it('a ZIP that lost its leading zero in a number cell gets it back', () => {
    expect(addressKey({ line1: '9 Elm St', postalCode: '2108', country: 'US' })).toBe('us|02108|9 elm st|');
  });

  // A shipping form's first line names who receives the parcel: the street is the numbered line.
  it.each([
    'Bo Diaz, 1200 Example Rd, Ste 4, Phoenix, AZ 85001',
    'Acme Staffing LLC, 1200 Example Road Suite 4, Phoenix AZ 85001',
    'Bo Diaz\n1200 Example Rd Ste 4\nPhoenix, AZ 85001',
    'John Smith 1200 Example Rd Ste 4 Phoenix AZ 85001',
  ])('%j: a recipient before the street', (spelling) => {
    expect(addressKey(spelling)).toBe('us|85001|1200 example rd|4');
  });

  it('a named house without a number keeps its name as the street', () => {
    expect(addressKey('Rose Cottage, Mill Lane, Ashford TN23 1AB, GB')).toBe('gb|tn231ab|rose cottage|');
  });

  // A unit as the last line is the street's second line, not a town (`Key West` still is one).
  it.each([
    ['100 Main St, Apt 4', 'us||100 main st|4'],
    [{ line1: '100 Main St', line2: 'Apt 4' }, 'us||100 main st|4'],
    ['100 Main St, Suite 200', 'us||100 main st|200'],
    ['100 Main St, #4', 'us||100 main st|4'],
    ['100 Duval St, Key West', 'us|key west|100 duval st|'],
  ])('%j has no city but its unit', (address, key) => {
    expect(addressKey(address, 'US')).toBe(key);
  });

  // Written without a comma before the city, whose name may end in a word that is also a street suffix.
  it.each([
    ['12345 W INDIAN SCHOOL RD LITCHFIELD PARK AZ 85340', 'us|85340|12345 w indian school rd|'],
    ['12345 W. Indian School Road Litchfield Park, AZ, 85340, United States', 'us|85340|12345 w indian school rd|'],
    ['12345 W Indian School Rd, Litchfield Park, AZ 85340', 'us|85340|12345 w indian school rd|'],
    ['500 Pine Grove Ln Spring TX 77373', 'us|77373|500 pine grove ln|'],
    ['900 Main St N Colorado Springs CO 80903', 'us|80903|900 main st n|'],
    ['100 E Park Central Ave Litchfield Park AZ 85340', 'us|85340|100 e park central ave|'],
    ['4821 Duval St Austin TX 78751', 'us|78751|4821 duval st|'],
    // No city: the street keeps every word, a suffix inside its name included.
    ['100 N Lake Washington Blvd WA 98033', 'us|98033|100 n lake washington blvd|'],
    ['100 Forest Hill Rd TX 78701', 'us|78701|100 forest hill rd|'],
    ['100 W Lake View TX 78701', 'us|78701|100 w lake vw|'],
    ['100 Lake Shore Dr Lake Forest IL 60045', 'us|60045|100 lake shore dr|'],
  ])('%j is read as %s', (spelling, key) => {
    expect(addressKey(spelling)).toBe(key);
  });

  it.each([
    ['500 Elm St., Apartment 2B, Nashville, TN 37203 US', 'us|37203|500 elm st|2b'],
    ['500 Elm St Apt. 2-B Nashville, Tennessee 37203', 'us|37203|500 elm st|2b'],
    ['Flat 3, 10 Downing Street, London SW1A 2AA, UK', 'gb|sw1a2aa|10 downing st|3'],
    ['Flat 3 10 Downing St London SW1A 2AA United Kingdom', 'gb|sw1a2aa|10 downing st|3'],
    ['10 Downing St, Flat 3, London, SW1A 2AA', 'gb|sw1a2aa|10 downing st|3'],
  ])('%j: a country after the postal code, a hyphenated unit, a flat before the street: %s', (spelling, key) => {
    expect(addressKey(spelling, 'GB' === key.slice(0, 2).toUpperCase() ? 'GB' : undefined)).toBe(key);
  });

  it('a state after the ZIP is no country', () => {
    expect(parseAddress('1 Monument Cir Indianapolis 46204 IN').country).not.toBe('IN');
  });

  it('West and W, Street and St, ZIP+4 and ZIP are one address', () => {
    expect(sameAddress('77 West Main Street, Columbus, OH 43215-1002', '77 W Main St, Columbus, OH 43215')).toBe(true);
  });

  // One address abroad as people write it.
  it.each([
    ['Beispielstraße 4, 10117 Berlin', 'Beispielstr. 4, 10117 Berlin, Germany', 'DE'],
    ['Kerkstraat 12, Amsterdam', 'Kerkstr. 12, Amsterdam', 'NL'],
    ['123 Main St, Toronto, ON M5V 2T6', '123 Main Street, Toronto, Ontario M5V2T6', 'CA'],
    ['Unit 12B, 123 Ayala Ave, Makati City, Metro Manila 1226', '123 Ayala Avenue Unit 12B, Makati 1226', 'PH'],
  ])('%s is %s', (a, b, country) => {
    expect(sameAddress(a, b, country)).toBe(true);
  });

  it.each([
    ['Beispielstraße 4, 10117 Berlin', 'Beispielweg 4, 10117 Berlin', 'DE'],
    ['123 Ayala Ave, Makati 1226', '123 Ayala Ave, Makati 1227', 'PH'],
  ])('%s is not %s', (a, b, country) => {
    expect(sameAddress(a, b, country)).toBe(false);
  });

  const different = [
    '1210 Example Rd Ste 4, Phoenix, AZ 85001',
    '1200 Example Ave Ste 4, Phoenix, AZ 85001',
    '1200 Example Rd Ste 5, Phoenix, AZ 85001',
    '1200 E Example Rd Ste 4, Phoenix, AZ 85001',
    '1200 Example Rd Ste 4, Phoenix, AZ 85004',
    '1200 Example Rd Ste 4, Tucson, NM',
  ];
  it.each(different)('%s is another address', (other) => {
    expect(addressKey(other)).not.toBe(addressKey(home));
    expect(sameAddress(other, home)).toBe(false);
  });

  it('cannot tell addresses apart without a street', () => {
    expect(compareAddresses(parseAddress('Phoenix, AZ'), parseAddress(home))).toBe('unknown');
  });
});

describe('a postal code before the city, in an address that does not name its country', () => {
  // The candidate's country says how to read the place: `75002 Paris` is a code and a city.
  const pairs: [string, string, string, string][] = [
    ['FR', '12 rue de la Paix, 75002 Paris', '12 Rue de la Paix 75002 Paris', 'fr|75002|12 rue de la paix|'],
    ['ES', 'Calle Mayor 1, 28013 Madrid', 'Calle Mayor 1 28013 Madrid', 'es|28013|calle mayor 1|'],
    ['DE', 'Hauptstraße 5, 10115 Berlin', 'Hauptstrasse 5 10115 Berlin', 'de|10115|hauptstr 5|'],
    ['IT', 'Via Roma 10, 00184 Roma', 'Via Roma 10 00184 Roma', 'it|00184|via roma 10|'],
  ];
  it.each(pairs)('%s: "%s" and "%s" are one address', (country, withCommas, without, key) => {
    expect(addressKey(withCommas, country)).toBe(key);
    expect(addressKey(without, country)).toBe(key);
    expect(parseAddress(without, country)).toMatchObject({ city: key.includes('75002') ? 'Paris' : expect.any(String) });
  });

  it('the same address in the next district is another address', () => {
    expect(addressKey('12 rue de la Paix 75009 Paris', 'FR')).not.toBe(addressKey('12 rue de la Paix, 75002 Paris', 'FR'));
  });

  it.each([
    ['a US address of a candidate in France', '123 Main St, Austin, TX 78701', 'FR', 'us|78701|123 main st|'],
    ['a US address of a US candidate', '123 Main St Austin TX 78701', 'US', 'us|78701|123 main st|'],
    ['a UK address (code after the city)', '10 Example Street, London SW1A 2AA', 'GB', 'gb|sw1a2aa|10 example st|'],
    ['the country named in the address', 'Beispielstrasse 43, 10117 Berlin, Germany', undefined, 'de|10117|beispielstr 43|'],
  ])('leaves %s as it was read', (_name, address, country, key) => {
    expect(addressKey(address, country)).toBe(key);
  });
});

describe('homeAddressIn: a home address that names no place is read in the claimed city', () => {
  const austin: ClaimedPlace = { city: 'Austin', region: 'TX', country: 'US' };
  it.each<[string, Address, ClaimedPlace, string]>([
    ['a street alone', '100 Main St', austin, 'us|tx austin|100 main st|'],
    ['a street and unit as lines', { line1: '100 Main St', line2: 'Apt 4' }, austin, 'us|tx austin|100 main st|4'],
    ['a street and unit in one line', '100 Main St, Apt 4', austin, 'us|tx austin|100 main st|4'],
    ['a claimed city without a region or country', '100 Main St', { city: 'Austin' }, '|austin|100 main st|'],
  ])('%s: read in the claimed city', (_name, home, location, key) => {
    expect(addressKey(homeAddressIn(home, location), location.country)).toBe(key);
  });

  it.each([
    ['an address with its own city', '100 Main St, Dallas, TX', austin],
    ['an address with its own postal code', { line1: '100 Main St', postalCode: '80202' }, austin],
    ['an address naming another country', '100 Main St, Canada', austin],
    ['no claimed city', '100 Main St', { region: 'TX', country: 'US' }],
    ['no location at all', '100 Main St', undefined],
  ])('%s: left as written', (_name, home, location) => {
    expect(homeAddressIn(home, location)).toBe(home);
  });
});

describe('placeRelation', () => {
  const austin = parseAddress('4821 Duval St, Austin, TX 78751');
  it.each([
    ['900 Congress Ave, Austin, TX 78701', 'same-city'],
    ['1 Example St, Houston, TX 77002', 'same-region'],
    ['1200 Example Rd, Phoenix, AZ 85001', 'other-region'],
    ['10 Example Street, London SW1A 2AA, UK', 'other-country'],
  ])('%s -> %s', (other, relation) => {
    expect(placeRelation(austin, parseAddress(other))).toBe(relation);
  });
});

describe('maskedAddress', () => {
  it('hides the street and keeps the place', () => {
    const masked = maskedAddress('1200 Example Rd Ste 4, Phoenix, AZ 85001, US');
    expect(masked).toBe('••• Phoenix, AZ 85001, US');
    expect(masked).not.toMatch(/1200|Example/);
  });
});
