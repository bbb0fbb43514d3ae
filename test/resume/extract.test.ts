import { describe, expect, it } from 'vitest';
import { emailsIn, resumeFacts } from '../../src/resume/extract.js';

const resume = `Jordan Ellis
Senior Software Engineer
Austin, TX 78751 | jordan.ellis@example.com | (512) 555-0147 | github.com/jellis
https://www.linkedin.com/in/jordan-ellis-12ab/

Experience
Acme Corp, London, United Kingdom    2015-2019 - 2021
Globex, Remote (2019 - 2024), reached at +44 20 7946 0958

References
Pat Lee, pat.lee@initech.com, +1 415 555 0100
`;

describe('resumeFacts', () => {
  const facts = resumeFacts(resume, 'US');

  it('finds the candidate’s own emails and phones, not the referees’', () => {
    expect(facts.emails).toEqual(['jordan.ellis@example.com']);
    expect(facts.phones.map((p) => p.e164)).toEqual(['+15125550147', '+442079460958']);
  });

  it('reads year ranges as years, not phone numbers', () => {
    const onlyYears = resumeFacts('Acme 2015 - 2019\nGlobex 2019-2024\nInitech 20152019', 'US');
    expect(onlyYears.phones).toEqual([]);
  });

  it('finds links with and without a scheme, once each', () => {
    expect(facts.urls).toEqual(['https://www.linkedin.com/in/jordan-ellis-12ab/', 'github.com/jellis']);
  });

  it('reads the header location, not the places of past jobs', () => {
    expect(facts.locations).toEqual([{ raw: 'Austin, TX 78751', readings: [{ city: 'Austin', region: 'TX', country: 'US' }] }]);
  });

  it('reads a labelled location and keeps every reading of an ambiguous one', () => {
    const labelled = resumeFacts('Jordan Ellis\n\nSummary\nEngineer.\nLocation: Kyiv, Ukraine', 'US');
    expect(labelled.locations).toEqual([{ raw: 'Kyiv, Ukraine', readings: [{ city: 'Kyiv', country: 'UA' }] }]);
    const ambiguous = resumeFacts('Jordan Ellis\nAtlanta, Georgia\nChennai, IN', 'US');
    expect(ambiguous.locations.map((l) => l.readings.map((r) => r.country))).toEqual([['GE', 'US'], ['US', 'IN']]);
  });

  it('does not take a job title or a name for a place', () => {
    expect(resumeFacts('Jordan Ellis\nSenior Engineer, Google\nRemote', 'US').locations).toEqual([]);
  });
});

describe('emailsIn', () => {
  // The regex it stands in for: same matches, in the same order, on any text.
  const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

  it.each([
    ['write to ann.lee+jobs@mail.example.co.uk today', ['ann.lee+jobs@mail.example.co.uk']],
    ['a@b@c.com', ['b@c.com']],
    ['x@a.com@b.com', ['x@a.com']],
    ['@example.com and bob@ and @@ and carol@host', []],
    ['one@a.io,two@b.io;three@c.org.', ['one@a.io', 'two@b.io', 'three@c.org']],
    ['Jo@Example.COM', ['Jo@Example.COM']],
  ])('%j', (text, emails) => {
    expect(emailsIn(text)).toEqual(emails);
    expect(emailsIn(text)).toEqual(text.match(EMAIL) ?? []);
  });

  it('agrees with the regex on random text made of the characters that matter', () => {
    const alphabet = 'ab.@-_+%1 \n,com';
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 5 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join('');
      expect(emailsIn(text), JSON.stringify(text)).toEqual(text.match(EMAIL) ?? []);
    }
  });
});

describe('phones in a resume', () => {
  it('finds numbers written with fullwidth digits, on a line with few ASCII digits', () => {
    expect(resumeFacts('Call me: ＋４４ ２０ ７９４６ ０９５８', 'GB').phones.map((p) => p.e164)).toEqual(['+442079460958']);
  });

  // The number finder reads `2016 - 12/2020` as a valid +1 201 612 2020.
  it.each([
    ['Full Stack Developer, WebTech, New York, NY, 06/2016 - 12/2020', []],
    ['Engineer, Acme (03/2015 – 11/2019)', []],
    ['2016.06 - 2020.12 Backend developer', []],
    ['Phone: (201) 612-2020', ['+12016122020']],
    ['Tel. 212 555 2020, 2014-2018', ['+12125552020']],
  ])('%j gives the phones %j', (line, phones) => {
    expect(resumeFacts(line, 'US').phones.map((p) => p.e164)).toEqual(phones);
  });

  // Valid numbers to the finder in these countries, but a count and a date as written.
  it.each([
    ['Scaled the platform to 250 000 users', 'DE', []],
    ['Scaled the platform to 250 000 users', 'PH', []],
    ['Release 20161220 shipped', 'DE', []],
    ['Mobil: 030 1234567', 'DE', ['+49301234567']],
    ['Mobile 0917 123 4567', 'PH', ['+639171234567']],
    ['Phone: 98765 43210', 'IN', ['+919876543210']],
    ['Tel +376 712 345', 'AD', ['+376712345']],
  ])('%j in %s gives the phones %j', (line, country, phones) => {
    expect(resumeFacts(line, country).phones.map((p) => p.e164)).toEqual(phones);
  });

  it('skips lines with too few digits to hold a number, and finds the number on its own line', () => {
    const text = `${'Built services in 2019 and 2021. '.repeat(50)}\nPhone: +1 512 555 0147\n`;
    expect(resumeFacts(text, 'US').phones.map((p) => p.e164)).toEqual(['+15125550147']);
  });
});
