// The comparable forms of phones and emails that links, references and the history match on.

import { describe, expect, it } from 'vitest';
import { emailDomain, emailKey, mailboxOf, phoneKey, withoutExtension } from '../../src/util/contact-keys.js';

describe('phoneKey', () => {
  it.each([
    ['+1 512 555 0147', undefined, '+15125550147'],
    ['(512) 555-0147', 'US', '+15125550147'],
    // No country to read a national number in: a valid North American number is read as one...
    ['(512) 555-0147', undefined, '+15125550147'],
    ['512.555.0147', undefined, '+15125550147'],
    // ...anything else keeps its digits, never a guessed +1.
    ['020 7946 0018', undefined, '02079460018'],
    ['020 7946 0018', 'GB', '+442079460018'],
    // An extension is its own phone at one switchboard.
    ['+1 (512) 555-0100 ext. 12', undefined, '+15125550100;ext=12'],
    ['(512) 555-0100 x 14', 'US', '+15125550100;ext=14'],
    // Too little, or digits a spreadsheet rounded away.
    ['555 01', undefined, undefined],
    ['1.51222E+10', 'US', undefined],
  ])('%j (country %s) -> %s', (raw, country, key) => {
    expect(phoneKey(raw, country)).toBe(key);
  });

  it('withoutExtension gives the number a switchboard answers', () => {
    expect(withoutExtension('+15125550100;ext=12')).toBe('+15125550100');
    expect(withoutExtension('+15125550100')).toBe('+15125550100');
  });
});

describe('emails as people paste them', () => {
  it.each([
    ['ann@example.com', 'ann@example.com'],
    [' Ann Lee <ann.lee@example.com> ', 'ann.lee@example.com'],
    ['mailto:ann@example.com', 'ann@example.com'],
    ['MAILTO:Ann@Example.com', 'Ann@Example.com'],
    ['"Lee, Ann" <ann@example.com>', 'ann@example.com'],
    ['Email: ann@example.com', 'ann@example.com'],
    ['ann@example.com.', 'ann@example.com'], // the full stop of a sentence
    ['(ann@example.com)', 'ann@example.com'],
    ['no address given', 'no address given'],
  ])('%j is the mailbox %s', (raw, mailbox) => {
    expect(mailboxOf(raw)).toBe(mailbox);
  });

  it('keys and domains are read from the mailbox', () => {
    expect(emailKey('Jordan Ellis <Jordan.Ellis+jobs@GMail.com>')).toBe('jordanellis@gmail.com');
    expect(emailDomain('mailto:jordan@Mailinator.com')).toBe('mailinator.com');
    expect(emailKey('Jordan Ellis')).toBeUndefined();
  });
});
