import { describe, expect, it } from 'vitest';
import { check as freeMail } from '../../../src/checks/reference/free-mail.js';
import { check as reusedContact } from '../../../src/checks/reference/reused-contact.js';
import { check as selfContact } from '../../../src/checks/reference/self-contact.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const candidate = { email: 'jordan.ellis@gmail.com', phone: '+1 512 555 0147', location: { country: 'US' } };
const ref = (name: string, fields: Record<string, unknown>) => ({ name, ...fields });

const selfCases = [
  { name: "reference's email is the candidate's", fields: { ...candidate, references: [ref('Pat Lee', { email: 'jordan.ellis@gmail.com' })] }, fires: 1 },
  { name: 'same Gmail inbox, other spelling', fields: { ...candidate, references: [ref('Pat Lee', { email: 'JordanEllis+ref@googlemail.com' })] }, fires: 1 },
  { name: 'national form of the same phone', fields: { ...candidate, references: [ref('Pat Lee', { phone: '(512) 555-0147' })] }, fires: 1 },
  { name: 'both email and phone', fields: { ...candidate, references: [ref('Pat Lee', { email: 'jordan.ellis@gmail.com', phone: '512.555.0147' })] }, fires: 2 },
  // Look-alikes.
  { name: 'a different person at the same provider', fields: { ...candidate, references: [ref('Pat Lee', { email: 'pat.lee@gmail.com', phone: '+1 512 555 0199' })] }, fires: 0 },
  { name: 'a reference with no contact', fields: { ...candidate, references: [ref('Pat Lee', {})] }, fires: 0 },
];

const freeMailCases = [
  { name: 'company named, Gmail address', fields: { references: [ref('Pat Lee', { company: 'Initech', email: 'pat.lee.initech@gmail.com' })] }, fires: 1 },
  { name: 'two such references', fields: { references: [ref('Pat Lee', { company: 'Initech', email: 'pat@outlook.com' }), ref('Sam Roe', { company: 'Globex', email: 'sam@proton.me' })] }, fires: 2 },
  { name: 'a disposable mailbox, company or not', fields: { references: [ref('Pat Lee', { email: 'pat@mailinator.com' })] }, fires: 1 },
  // Look-alikes.
  { name: 'company address', fields: { references: [ref('Pat Lee', { company: 'Initech', email: 'pat.lee@initech.com' })] }, fires: 0 },
  { name: 'a personal reference on Gmail naming no company', fields: { references: [ref('Pat Lee', { email: 'pat.lee@gmail.com' })] }, fires: 0 },
  { name: 'a freelance referee on Gmail', fields: { references: [ref('Pat Lee', { company: 'Freelance', email: 'pat.lee@gmail.com' })] }, fires: 0 },
  { name: 'a self-employed referee on Outlook', fields: { references: [ref('Pat Lee', { company: 'Self-Employed.', email: 'pat.lee@outlook.com' })] }, fires: 0 },
  { name: 'a client found on Upwork, on Gmail', fields: { references: [ref('Pat Lee', { company: 'Upwork client', email: 'pat.lee@gmail.com' })] }, fires: 0 },
  { name: 'a company with a word of the list in its name', fields: { references: [ref('Pat Lee', { company: 'Freelance Labs Inc', email: 'pat.lee@gmail.com' })] }, fires: 1 },
  { name: 'no email at all', fields: { references: [ref('Pat Lee', { company: 'Initech', phone: '+1 512 555 0100' })] }, fires: 0 },
];

const reusedCases = [
  { name: 'two names, one email', fields: { references: [ref('Pat Lee', { email: 'hr@initech.com' }), ref('Sam Roe', { email: 'HR@initech.com' })] }, fires: 1 },
  { name: 'two names, one phone in two spellings', fields: { location: { country: 'US' }, references: [ref('Pat Lee', { phone: '+1 415 555 0100' }), ref('Sam Roe', { phone: '(415) 555-0100' })] }, fires: 1 },
  { name: 'three names, one phone', fields: { references: [ref('Pat Lee', { phone: '+14155550100' }), ref('Sam Roe', { phone: '+1 415 555 0100' }), ref('Kim Park', { phone: '+1-415-555-0100' })] }, fires: 2 },
  // Look-alikes.
  { name: 'one person listed twice', fields: { references: [ref('Pat Lee', { email: 'pat@initech.com' }), ref('Pat J.  Lee', { email: 'pat@initech.com' }), ref('pat lee', { email: 'pat@initech.com' })] }, fires: 0 },
  { name: 'different contacts', fields: { references: [ref('Pat Lee', { email: 'pat@initech.com' }), ref('Sam Roe', { email: 'sam@initech.com' })] }, fires: 0 },
];

describe('reference.*', () => {
  it.each(selfCases)('reference.self-contact: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(selfContact, fields))).toBe(fires);
  });
  it.each(freeMailCases)('reference.free-mail: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(freeMail, fields))).toBe(fires);
  });
  it.each(reusedCases)('reference.reused-contact: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(reusedContact, fields))).toBe(fires);
  });

  it('free mail is low, a disposable mailbox medium', () => {
    const outcome = runCheck(freeMail, { references: [ref('Pat Lee', { company: 'Initech', email: 'pat@gmail.com' }), ref('Sam Roe', { email: 'sam@yopmail.com' })] });
    expect('skip' in outcome ? null : outcome.map((p) => p.severity ?? freeMail.severity)).toEqual(['low', 'medium']);
  });

  it('masks the shared contact', () => {
    const outcome = runCheck(reusedContact, { references: [ref('Pat Lee', { email: 'hr@initech.com' }), ref('Sam Roe', { email: 'hr@initech.com' })] });
    expect('skip' in outcome ? '' : outcome[0].evidence).toBe('Sam Roe and Pat Lee share the email h•••@initech.com');
  });
});
