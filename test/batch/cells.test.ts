// How a sheet's cells become dossier values: choices, working hours, countries and split names are read as people type them.

import { describe, expect, it } from 'vitest';
import { planColumns } from '../../src/dossier/sheets/columns.js';
import { rowToDossier } from '../../src/dossier/sheets/rows.js';
import { hoursOf } from '../../src/util/hours.js';

const HEADER = ['Name', 'Payment Method', 'ID Type', 'Liveness', 'Working Hours', 'Country'];

/** One row through the real column plan and validation: the dossier, or the rejection message. */
function read(cells: string[], header = HEADER) {
  cells = [...cells, ...Array<string>(header.length - cells.length).fill('')];
  const plan = planColumns(header, {}, 'cells.csv');
  const result = rowToDossier(cells, 1, 0, { label: 'cells.csv', file: 'cells.csv', baseDir: '.', header, plan, allowOutside: false, sheetRows: false, said: new Set() });
  return 'dossier' in result ? result.dossier : result.message;
}

describe('choice cells', () => {
  it.each([
    ['Payoneer', 'payoneer'],
    ['Bank Transfer', 'bank_transfer'],
    ['BANK-TRANSFER', 'bank_transfer'],
    ['Wire', 'bank_transfer'],
    ['ACH', 'bank_transfer'],
    ['Cryptocurrency', 'crypto'],
    ['Cheque', 'check'],
  ])('payment method %j is %s', (cell, value) => {
    expect(read(['Ann Lee', cell, '', '', ''])).toMatchObject({ payment: { method: value } });
  });

  it.each([
    ['Zelle', 'bank_transfer'],
    ['USDT', 'crypto'],
    ['TransferWise', 'wise'],
    ['Venmo', 'other'], // a method the dossier has no value for is "other", not a refused row
    ['Cash App', 'other'],
  ])('payment method %j is %s', (cell, value) => {
    expect(read(['Ann Lee', cell, '', '', ''])).toMatchObject({ payment: { method: value } });
  });

  it.each([
    ["Driver's License", 'drivers_license'],
    ['Driving Licence', 'drivers_license'],
    ['Passport', 'passport'],
    ['ID card', 'national_id'],
    ['State ID', 'national_id'],
    ['Passport Card', 'passport'],
    ['Green Card', 'other'],
  ])('ID type %j is %s', (cell, value) => {
    expect(read(['Ann Lee', '', cell, '', ''])).toMatchObject({ idDocument: { type: value } });
  });

  it.each([
    ['Passed', 'passed'],
    ['FAIL', 'failed'],
    ['Declined', 'refused'],
  ])('liveness %j is %s', (cell, value) => {
    expect(read(['Ann Lee', '', '', cell, ''])).toMatchObject({ interview: { liveness: value } });
  });

  // Look-alikes: a value the field does not have is not guessed; the row is refused saying what would do.
  it.each([
    ['Carrier Pigeon', 'column "Payment Method" ($.payment.method): expected one of "bank_transfer" | "payoneer" | "paypal" | "wise" | "crypto" | "check" | "other", got "Carrier Pigeon"'],
    ['Pay', 'got "Pay"'],
  ])('payment method %j stays as typed and is refused', (cell, message) => {
    expect(read(['Ann Lee', cell, '', '', ''])).toContain(message);
  });
});

describe('working hours', () => {
  it.each([
    ['09:00-17:00', '09:00-17:00'],
    ['9:00-17:00', '09:00-17:00'],
    ['9am-5pm', '09:00-17:00'],
    ['9:30 AM - 6 PM', '09:30-18:00'],
    ['9 a.m. to 5 p.m.', '09:00-17:00'],
    ['12am-8am', '00:00-08:00'],
    ['12pm-8pm', '12:00-20:00'],
    ['22:00–06:00', '22:00-06:00'],
    ['9-17', '09:00-17:00'],
    ['09.00-17.30', '09:00-17:30'],
    ['9-5pm', '09:00-17:00'],
    ['9am-5', '09:00-17:00'],
    ['10pm-6', '22:00-06:00'],
    ['18-2', '18:00-02:00'],
    ['00:00-24:00', '00:00-24:00'],
    ['08:30-04:30', '08:30-04:30'],
  ])('%j is %s', (cell, hours) => {
    expect(hoursOf(cell)).toBe(hours);
    expect(read(['Ann Lee', '', '', '', cell])).toMatchObject({ availability: { hours } });
  });

  // `9-5` is an office day to most people and a night on a 24-hour clock: not guessed, since night hours are a signal.
  it.each(['9-5', '1-5', '8:30-4:30', '12-8', '13pm-5pm', '9:75-17:00', '25:00-26:00', '9 to'])('%j is not read as hours, and the row says what was expected', (cell) => {
    expect(hoursOf(cell)).toBeUndefined();
    expect(read(['Ann Lee', '', '', '', cell])).toContain('expected working hours as HH:MM-HH:MM');
  });

  // An answer with no time of day in it says nothing to judge: the cell is not read, the row is (a warning names the column).
  it.each(['flexible', 'mornings', 'Full-time'])('%j is not read, and the row is', (cell) => {
    expect(hoursOf(cell)).toBeUndefined();
    expect(read(['Ann Lee', '', '', '', cell])).toEqual({ name: 'Ann Lee' });
  });
});

describe('country cells', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['United States', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['South Korea', 'KR'],
    ['Germany', 'DE'],
    ['Türkiye', 'TR'],
  ])('%j is %s', (cell, code) => {
    expect(read(['Ann Lee', '', '', '', '', cell])).toMatchObject({ location: { country: code } });
  });

  // Look-alikes: a state, a name in another language, a city: not guessed, the row is refused saying what was expected.
  it.each(['Texas', 'Deutschland', 'London', 'XX'])('%j is refused on its row', (cell) => {
    expect(read(['Ann Lee', '', '', '', '', cell])).toContain('column "Country" ($.location.country): expected ISO 3166 alpha-2 code');
  });
});

describe('names split over columns', () => {
  it.each([
    [['First Name', 'Last Name'], ['Ann', 'Lee'], 'Ann Lee'],
    [['Surname', 'Given Name'], ['Lee', 'Ann'], 'Ann Lee'],
    [['First Name', 'Middle Name', 'Last Name'], ['Ann', 'Marie', 'Lee'], 'Ann Marie Lee'],
    [['First Name', 'Last Name'], ['', 'Lee'], 'Lee'],
    // A full-name column wins over the parts.
    [['Name', 'First Name', 'Last Name'], ['Ann M. Lee', 'Ann', 'Lee'], 'Ann M. Lee'],
  ])('%j with %j is %j', (header, cells, name) => {
    expect(read(cells, header)).toMatchObject({ name });
  });

  it('a row whose name parts are all empty is refused, naming the columns', () => {
    expect(read(['', ''], ['First Name', 'Last Name'])).toBe('cells.csv:1: no name: "First Name" and "Last Name" are empty');
  });

  it('a sheet with neither a name column nor name parts is refused as a whole', () => {
    expect(() => planColumns(['Email', 'Phone'], {}, 'cells.csv')).toThrow(/no column for the candidate's name \(expected a header such as Name, .* or First Name and Last Name/);
  });
});

describe('columns no field claims', () => {
  it('are named in one warning for the sheet, so that a missed account or IP column is seen', () => {
    const plan = planColumns(['Name', 'Zip', 'Account #', 'Phone', 'Stage'], {}, 'cells.csv');
    expect(plan.passthrough.map((c) => c.header)).toEqual(['Zip', 'Account #', 'Stage']);
    expect(plan.warnings).toEqual(['cells.csv: columns "Zip", "Account #", "Stage" not read as dossier fields, only copied to the output (read one with --map "Column=field")']);
  });

  it('are not warned of when --map reads them, nor when every column is read', () => {
    expect(planColumns(['Name', 'Account #'], { 'Account #': 'payment.accountNumber' }, 'cells.csv').warnings).toEqual([]);
    expect(planColumns(['Name', 'Phone', ''], {}, 'cells.csv').warnings).toEqual([]); // a column without a header holds nothing to read
  });

  it('a second column for one field has its own warning, not this one', () => {
    expect(planColumns(['Name', 'Email', 'E-mail'], {}, 'cells.csv').warnings).toEqual(['cells.csv: columns "Email" and "E-mail" both map to email; the first is read, the second kept as is']);
  });

  it('several phone columns are all read: Home Phone and Mobile Phone, number by number', () => {
    const header = ['Name', 'Home Phone', 'Mobile Phone', 'Contact Number'];
    expect(planColumns(header, {}, 'cells.csv').warnings).toEqual([]);
    expect(read(['Ann Lee', '+1 512 555 0100', '+1 512 555 0147', '+1 512 555 0147'], header)).toEqual({ name: 'Ann Lee', phone: '+1 512 555 0100 / +1 512 555 0147 / +1 512 555 0147' });
    expect(read(['Ann Lee', '', '+1 512 555 0147', ''], header)).toEqual({ name: 'Ann Lee', phone: '+1 512 555 0147' });
  });

  it('a long list is cut after twelve names', () => {
    const extra = Array.from({ length: 15 }, (_, i) => `Extra ${i + 1}`);
    const [warning] = planColumns(['Name', ...extra], {}, 'cells.csv').warnings;
    expect(warning).toContain('"Extra 12" and 3 more not read');
    expect(warning).not.toContain('"Extra 13"');
  });
});

describe('headers applicant-tracking exports use for the linked values', () => {
  it.each([
    ['Acct #', 'payment.accountNumber'],
    ['Bank Acct', 'payment.accountNumber'],
    ['Routing #', 'payment.routingNumber'],
    ['ABA #', 'payment.routingNumber'],
    ['USDT Wallet', 'payment.cryptoAddress'],
    ['Last Login IP', 'network.ipAddresses'],
    ['Sign-up IP', 'network.ipAddresses'],
    ['LinkedIn URL', 'profiles'],
    ['Personal E-mail', 'email'],
    ['Contact Number', 'phone'],
    // Applicant-tracking and HR systems' own headers (Workday, BambooHR, Greenhouse).
    ['Primary Home Phone', 'phone'],
    ['Phone (Mobile)', 'phone'],
    ['Primary Home Email', 'email'],
    ['Primary Home Address', 'addresses.home'],
    ['Links', 'profiles'],
    ['Location', 'location'],
    ['City, State', 'location'],
  ])('%j is read as %s', (header, field) => {
    expect(planColumns(['Name', header], {}, 'cells.csv').mapped.map((c) => c.field)).toEqual(['name', field]);
  });

  // Words that mean something else in a staffing agency's sheet stay unread (and warned of).
  // A preferred name is often no form of the legal one (an English first name): read as an alias, it would be reported as one.
  it.each(['Account', 'Account #', 'Zip', 'Current Location', 'Recruiter', 'Preferred Name'])('%j is not read as a field', (header) => {
    expect(planColumns(['Name', header], {}, 'cells.csv').mapped.map((c) => c.field)).toEqual(['name']);
  });
});

describe('addresses split into columns, as applicant-tracking exports write them', () => {
  const fieldsOf = (header: string[]) => planColumns(header, {}, 'cells.csv').mapped.map((c) => c.field);

  it('Address, Address 2, City, State, Zip: the street and its parts make the home address; City and State stay the location', () => {
    expect(fieldsOf(['Name', 'Address', 'Address 2', 'City', 'State', 'Zip'])).toEqual(['name', 'addresses.home.line1', 'addresses.home.line2', 'location.city', 'location.region', 'addresses.home.postalCode']);
    expect(read(['Ann Lee', '100 Main St', 'Apt 4', 'Austin', 'TX', '78701'], ['Name', 'Address', 'Address 2', 'City', 'State', 'Zip'])).toEqual({
      name: 'Ann Lee',
      addresses: { home: { line1: '100 Main St', line2: 'Apt 4', postalCode: '78701' } },
      location: { city: 'Austin', region: 'TX' },
    });
  });

  it('Ship To with its own City, State, Zip and Country columns is one shipping address', () => {
    expect(fieldsOf(['Name', 'Ship To', 'Ship To City', 'Ship To State', 'Ship To Zip', 'Shipping Country'])).toEqual(['name', 'addresses.shipping.line1', 'addresses.shipping.city', 'addresses.shipping.region', 'addresses.shipping.postalCode', 'addresses.shipping.country']);
  });

  it('a whole-address column beside a first-line column: the first line is read, with a warning', () => {
    const plan = planColumns(['Name', 'Address', 'Address Line 1', 'Zip'], {}, 'cells.csv');
    expect(plan.mapped.map((c) => c.field)).toEqual(['name', 'addresses.home.line1', 'addresses.home.postalCode']);
    expect(plan.passthrough.map((c) => c.header)).toEqual(['Address']);
    expect(plan.warnings).toEqual(['cells.csv: columns "Address" and "Address Line 1" both give the street of addresses.home; the second is read, the first kept as is']);
  });

  it.each([[['Name', 'Zip']], [['Name', 'Ship To', 'Zip', 'Suite']]])('a Zip or Suite without a home street (%j) is not read: it may be any address\'s', (header) => {
    expect(fieldsOf(header).filter((f) => f.startsWith('addresses.home'))).toEqual([]);
  });

  it('--map reads such a column whatever else the sheet has', () => {
    expect(planColumns(['Name', 'Zip'], { Zip: 'addresses.home.postalCode' }, 'cells.csv').mapped.map((c) => c.field)).toEqual(['name', 'addresses.home.postalCode']);
  });
});

describe('list cells', () => {
  const header = ['Name', 'Links', 'IP Addresses', 'AKA'];
  it('split on ; and new lines, and on a comma before a link or an IPv4 address, never inside a name', () => {
    expect(read(['Ann Lee', 'https://linkedin.com/in/annlee, https://github.com/annlee', '203.0.113.7, 198.51.100.9;203.0.113.8', 'Lee, Ann; A. Lee'], header)).toMatchObject({
      profiles: [{ url: 'https://linkedin.com/in/annlee' }, { url: 'https://github.com/annlee' }],
      network: { ipAddresses: ['203.0.113.7', '198.51.100.9', '203.0.113.8'] },
      aliases: ['Lee, Ann', 'A. Lee'],
    });
  });
});

describe('numbers a data tool wrote as floats', () => {
  it('15125550147.0, 78701.0, 123456789.0 lose the .0 that was never theirs', () => {
    const header = ['Name', 'Phone', 'Zip', 'Address', 'Account Number', 'Candidate ID'];
    expect(read(['Ann Lee', '15125550147.0', '78701.0', '9 Elm St', '123456789.0', '1042.0'], header)).toEqual({
      name: 'Ann Lee',
      phone: '15125550147',
      addresses: { home: { line1: '9 Elm St', postalCode: '78701' } },
      payment: { accountNumber: '123456789' },
      id: '1042',
    });
  });

  it('a decimal that is not zero is left as written', () => {
    expect(read(['Ann Lee', '1042.5'], ['Name', 'Candidate ID'])).toEqual({ name: 'Ann Lee', id: '1042.5' });
  });
});

describe('a Resume column', () => {
  const header = ['Name', 'Resume'];
  it.each([
    ['resumes/ann-lee.pdf', { file: 'resumes/ann-lee.pdf' }],
    ['Ann Lee Resume 2026.docx', { file: 'Ann Lee Resume 2026.docx' }],
    ['https://ats.example.com/files/cv-1042.pdf', { file: 'https://ats.example.com/files/cv-1042.pdf' }],
    ['Backend engineer since 2015. Go, Kafka, PostgreSQL.', { text: 'Backend engineer since 2015. Go, Kafka, PostgreSQL.' }],
    ['Built the billing service.\nSee portfolio.pdf', { text: 'Built the billing service.\nSee portfolio.pdf' }],
  ])('%j is the resume %j', (cell, resume) => {
    expect(read(['Ann Lee', cell], header)).toEqual({ name: 'Ann Lee', resume });
  });
});

describe('cells that say there is no value', () => {
  const header = ['Name', 'Phone', 'Ship To', 'Country', 'Last Name'];
  it.each(['N/A', 'n/a', ' TBD ', 'none', 'Unknown', '\u2014', '-', 'not provided'])('%j is an empty cell', (cell) => {
    expect(read(['Ann Lee', cell, cell, cell, ''], header)).toEqual({ name: 'Ann Lee' });
  });

  // Look-alikes that are values: Namibia's code, a surname, a number.
  it.each([
    ['Country', 'NA', { location: { country: 'NA' } }],
    ['Last Name', 'Na', { name: 'Ji Na' }],
    ['Phone', '0', { phone: '0' }],
  ])('%s %j is read', (column, cell, expected) => {
    if (column === 'Last Name') expect(read(['Ji', cell], ['First Name', 'Last Name'])).toMatchObject(expected);
    else expect(read(header.map((h, i) => (i === 0 ? 'Ann Lee' : h === column ? cell : '')), header)).toMatchObject(expected);
  });

  it('a name that is only N/A leaves the row without a name, refused on its row', () => {
    expect(read(['N/A', '+1 512 555 0147'], ['Name', 'Phone'])).toMatch(/cells\.csv:1: .*name/);
  });
});
