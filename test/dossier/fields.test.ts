import { describe, expect, it } from 'vitest';
import { validateDossier } from '../../src/dossier/validate.js';

// Values a JSON dossier may give as people write them, read as a sheet's cells are (the sheet
// reader's cases live in test/batch/cells.test.ts).
describe('working hours in a JSON dossier', () => {
  const hoursOfDossier = (hours: string) => validateDossier({ name: 'Ann Lee', availability: { hours } });

  it.each([
    ['9am-5pm', '09:00-17:00'],
    ['9:30 AM – 6 PM', '09:30-18:00'],
    ['10pm-6', '22:00-06:00'],
    [' 09:00-17:00 ', '09:00-17:00'],
  ])('%j is kept as %s', (written, hours) => {
    const result = hoursOfDossier(written);
    expect(result.ok && result.dossier.availability?.hours).toBe(hours);
  });

  it.each(['9-5', '25:00-26:00'])('%j is refused with the path, what was expected and what was found', (written) => {
    expect(hoursOfDossier(written)).toEqual({ ok: false, errors: [`$.availability.hours: expected working hours as HH:MM-HH:MM, got ${JSON.stringify(written)}`] });
  });
});

describe('countries in a JSON dossier', () => {
  const countryOfDossier = (country: unknown) => validateDossier({ name: 'Ann Lee', location: { country }, payment: { bankCountry: country } });

  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['UK', 'GB'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['Germany', 'DE'],
    ['Korea, Republic of', 'KR'],
    ['United States (US)', 'US'],
  ])('%j is kept as %s, wherever a country is asked', (written, code) => {
    const result = countryOfDossier(written);
    expect(result.ok && [result.dossier.location?.country, result.dossier.payment?.bankCountry]).toEqual([code, code]);
  });

  it.each([
    ['XX', 'expected ISO 3166 alpha-2 code or a country name, got "XX"'],
    ['Atlantis', 'expected ISO 3166 alpha-2 code or a country name, got "Atlantis"'],
    ['Congo', 'expected ISO 3166 alpha-2 code or a country name, got "Congo"'],
    [42, 'expected ISO 3166 alpha-2 code, got 42'],
  ])('%j is refused: %s', (written, message) => {
    const result = countryOfDossier(written);
    expect(result.ok ? [] : result.errors).toEqual([`$.location.country: ${message}`, `$.payment.bankCountry: ${message}`]);
  });
});

describe('dates in a dossier', () => {
  const dateOfDossier = (dateOfBirth: string) => validateDossier({ name: 'Ann Lee', idDocument: { dateOfBirth } });

  it.each([
    ['1990-03-15', '1990-03-15'],
    ['1990', '1990'],
    ['1990/03/15', '1990-03-15'],
    ['15.03.1990', '1990-03-15'],
    ['03/15/1990', '1990-03-15'],
    ['15/03/1990', '1990-03-15'],
    ['05/05/1990', '1990-05-05'],
    // A US reader says March 4th, most of the world April 3rd: only the year is sure.
    ['03/04/1990', '1990'],
    ['15 March 1990', '1990-03-15'],
    ['15th Sept 1990', '1990-09-15'],
    ['March 15, 1990', '1990-03-15'],
    ['Mar 1990', '1990-03'],
    ['03/2019', '2019-03'],
    ['1990-03-15T00:00:00.000Z', '1990-03-15'],
    ['1990-03-15 00:00:00', '1990-03-15'],
    ['1990-03-15T23:30:00-05:00', '1990-03-15'],
  ])('%j is kept as %s', (written, date) => {
    const result = dateOfDossier(written);
    expect(result.ok && result.dossier.idDocument?.dateOfBirth).toBe(date);
  });

  it.each(['31/02/1990', '13/13/1990', 'Mayday 1990', 'soon', '1990-3-15x', '1990-02-30T00:00:00Z'])('%j is refused, saying what was expected', (written) => {
    expect(dateOfDossier(written)).toEqual({ ok: false, errors: [`$.idDocument.dateOfBirth: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(written)}`] });
  });
});

describe('values an export writes for none', () => {
  it('reads null and blank fields, and such list elements, as absent', () => {
    const result = validateDossier({
      name: 'Ann Lee',
      email: null,
      phone: '  ',
      location: { city: null, country: 'US', timezone: '' },
      addresses: { home: null, shipping: '' },
      payment: null,
      photos: [null, 'ann.jpg', ''],
      resume: { text: null },
    });
    expect(result).toEqual({ ok: true, warnings: [], dossier: expect.objectContaining({ name: 'Ann Lee', location: { country: 'US' }, addresses: {}, resume: {} }) });
    expect(result.ok && [result.dossier.email, result.dossier.phone, result.dossier.payment, result.dossier.photos]).toEqual([undefined, undefined, undefined, [{ path: 'ann.jpg', kind: undefined }]]);
  });

  it('a name that is null or blank is missing, and said so', () => {
    expect(validateDossier({ name: null })).toEqual({ ok: false, errors: ['$.name: required field is missing (expected string)'] });
    expect(validateDossier({ name: ' ' })).toEqual({ ok: false, errors: ['$.name: required field is missing (expected string)'] });
  });

  it('a value of the wrong type is still refused', () => {
    expect(validateDossier({ name: 'Ann Lee', email: 42 })).toEqual({ ok: false, errors: ['$.email: expected string, got 42'] });
  });
});

describe('fixed values in a JSON dossier, as people write them', () => {
  it.each([
    [{ payment: { method: 'Bank Transfer' } }, { payment: { method: 'bank_transfer' } }],
    [{ payment: { method: 'PAYONEER' } }, { payment: { method: 'payoneer' } }],
    [{ payment: { method: 'Wire' } }, { payment: { method: 'bank_transfer' } }],
    [{ payment: { method: 'USDT' } }, { payment: { method: 'crypto' } }],
    [{ idDocument: { type: 'Passport' } }, { idDocument: { type: 'passport' } }],
    [{ idDocument: { type: "Driver's License" } }, { idDocument: { type: 'drivers_license' } }],
    [{ interview: { liveness: 'Passed', cameraOff: 'yes', refusedInPerson: 'false' } }, { interview: { liveness: 'passed', cameraOff: true, refusedInPerson: false } }],
  ])('%j is read as %j', (fields, read) => {
    const result = validateDossier({ name: 'Ann Lee', ...fields });
    expect(result.ok && result.dossier).toMatchObject(read);
  });

  it.each([
    [{ payment: { method: 'barter' } }, '$.payment.method: expected one of "bank_transfer" | "payoneer" | "paypal" | "wise" | "crypto" | "check" | "other", got "barter"'],
    [{ interview: { cameraOff: 'sometimes' } }, '$.interview.cameraOff: expected boolean, got "sometimes"'],
  ])('%j is refused as written', (fields, message) => {
    expect(validateDossier({ name: 'Ann Lee', ...fields })).toEqual({ ok: false, errors: [message] });
  });
});

describe('shapes a JSON dossier may take', () => {
  it('reads one value given alone as a list of one, and a count written as digits as a number', () => {
    const result = validateDossier({ name: 'Ann Lee', aliases: 'A. Lee', photos: 'ann.jpg', network: { ipAddresses: '203.0.113.7' }, activity: { commitOffsets: '+0900' }, profiles: { url: 'https://github.com/annlee', followers: '12' } });
    expect(result.ok && result.dossier).toMatchObject({ aliases: ['A. Lee'], photos: [{ path: 'ann.jpg' }], network: { ipAddresses: ['203.0.113.7'] }, activity: { commitOffsets: ['+0900'] }, profiles: [{ url: 'https://github.com/annlee', followers: 12 }] });
  });

  it.each([
    ['1,204', 1204],
    ['500+', 500],
    ['1.2k', 1200],
    ['3K', 3000],
    ['1.5M', 1_500_000],
    [' 42 ', 42],
  ])('reads a count written %j as a profile page shows it: %d', (written, read) => {
    const result = validateDossier({ name: 'Ann Lee', profiles: [{ url: 'https://www.linkedin.com/in/annlee', connections: written }] });
    expect(result.ok && result.dossier.profiles?.[0]).toMatchObject({ connections: read });
  });

  it.each(['1,20', '12-15', '-3', 'k', '1.2.3k'])('refuses a count written %j', (written) => {
    expect(validateDossier({ name: 'Ann Lee', profiles: [{ url: 'https://www.linkedin.com/in/annlee', connections: written }] })).toEqual({ ok: false, errors: [`$.profiles[0].connections: expected number, got ${JSON.stringify(written)}`] });
  });

  it.each([
    ['Austin, TX', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Austin, Texas, United States', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Berlin, Germany', { city: 'Berlin', country: 'DE' }],
    ['USA', { country: 'US' }],
    ['Remote - US', { country: 'US' }],
    ['Austin, TX (Remote)', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Remote', {}],
  ])('reads a location written in one line, %j', (written, read) => {
    const result = validateDossier({ name: 'Ann Lee', location: written });
    expect(result.ok && result.dossier.location).toEqual(read);
  });

  it('leaves a location line that names no place (Greater Seattle Area) unread, with a warning, as a sheet does', () => {
    expect(validateDossier({ name: 'Ann Lee', location: 'Greater Seattle Area' })).toEqual({ ok: true, dossier: { name: 'Ann Lee' }, warnings: ['$.location: "Greater Seattle Area" names no place vet can read, not read as the candidate\'s location'] });
  });

  it.each(['12 Oak St, Austin, TX'])('refuses a street address as the location: %j', (written) => {
    expect(validateDossier({ name: 'Ann Lee', location: written })).toEqual({ ok: false, errors: [`$.location: expected a location: an object ({ city, region, country, timezone }) or a place such as "Austin, TX, US", got ${JSON.stringify(written)}`] });
  });

  it('reads several phone numbers in a list, a resume given as its text, and a name given in parts', () => {
    const result = validateDossier({ name: { first: 'Ann', middle: 'B.', last: 'Lee' }, phone: ['+1 512 555 0147', 5125550148], resume: 'Engineer since 2015' });
    expect(result.ok && result.dossier).toMatchObject({ name: 'Ann B. Lee', phone: '+1 512 555 0147; 5125550148', resume: { text: 'Engineer since 2015' } });
  });

  it('reads what people write for no value (N/A, TBD, the format\'s own "...") as absent, as a sheet\'s cell', () => {
    const result = validateDossier({ name: 'Ann Lee', phone: 'N/A', email: ' tbd ', payment: { iban: '...', swift: '\u2026', method: 'bank_transfer' }, aliases: ['none', 'A. Lee'] });
    expect(result).toEqual({ ok: true, dossier: { name: 'Ann Lee', payment: { method: 'bank_transfer' }, aliases: ['A. Lee'] }, warnings: [] });
    expect(validateDossier({ name: 'Unknown' })).toEqual({ ok: false, errors: ['$.name: required field is missing (expected string)'] });
  });

  it('leaves working hours with no time of day in them (Flexible) unread, with a warning, as a sheet does; refuses a time it cannot read', () => {
    const result = validateDossier({ name: 'Ann Lee', availability: { hours: 'Flexible', timezone: 'America/Chicago' } });
    expect(result).toEqual({ ok: true, dossier: { name: 'Ann Lee', availability: { timezone: 'America/Chicago' } }, warnings: ['$.availability.hours: "Flexible" gives no time of day, not read as working hours'] });
    expect(validateDossier({ name: 'Ann Lee', availability: { hours: '25:00-9' } })).toMatchObject({ ok: false });
  });

  it('reads a login\'s VPN flag given as true or false as "yes" or "no"', () => {
    const result = validateDossier({ name: 'Ann Lee', network: { logins: [{ ip: '203.0.113.7', vpn: true }, { ip: '203.0.113.8', vpn: false }] } });
    expect(result.ok && result.dossier.network?.logins?.map((l) => l.vpn)).toEqual(['yes', 'no']);
  });

  it('refuses a name object with other fields, and a list of phone objects', () => {
    expect(validateDossier({ name: { first: 'Ann', nick: 'A' } })).toEqual({ ok: false, errors: ['$.name: expected string, got an object'] });
    expect(validateDossier({ name: 'Ann Lee', phone: [{ n: 1 }] })).toEqual({ ok: false, errors: ['$.phone: expected a phone number, or a list of them, got an array'] });
  });

  it('still names an unknown field inside a value given alone', () => {
    expect(validateDossier({ name: 'Ann Lee', profiles: { url: 'https://github.com/annlee', folowers: 3 } })).toMatchObject({ ok: true, warnings: ['$.profiles[0].folowers: unknown field, kept'] });
  });

  it('names the wrong part of an object where a field takes text or an object', () => {
    const result = validateDossier({ name: 'Ann Lee', addresses: { home: { line1: 5 } }, profiles: [{ url: 'https://github.com/annlee', followers: 'many' }], photos: [{ path: 3 }] });
    expect(result).toEqual({
      ok: false,
      errors: ['$.addresses.home.line1: expected string, got 5', '$.profiles[0].followers: expected number, got "many"', '$.photos[0].path: expected string, got 3'],
    });
  });

  it('says what a field takes when the value has neither form', () => {
    expect(validateDossier({ name: 'Ann Lee', addresses: { home: 5 } })).toEqual({ ok: false, errors: ['$.addresses.home: expected an address (one line of text or an object), got 5'] });
  });
});

describe('the end of a job held still', () => {
  it.each(['present', 'Present', 'Current', 'now', 'to date'])('%j is present', (end) => {
    const result = validateDossier({ name: 'Ann Lee', resume: { workHistory: [{ employer: 'Acme', start: '2020-01', end }] } });
    expect(result.ok && result.dossier.resume?.workHistory?.[0].end).toBe('present');
  });

  it('anything else that is no date is refused', () => {
    const result = validateDossier({ name: 'Ann Lee', resume: { workHistory: [{ employer: 'Acme', start: '2020-01', end: 'soon' }] } });
    expect(result).toEqual({ ok: false, errors: ['$.resume.workHistory[0].end: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or "present", got "soon"'] });
  });
});
