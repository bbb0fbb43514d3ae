import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/email/disposable.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const cases = [
  { email: 'jordan@mailinator.com', fires: 1 },
  { email: 'Jordan@MAILINATOR.COM', fires: 1 },
  { email: 'jordan@guerrillamail.com', fires: 1 },
  { email: 'jordan@yopmail.com', fires: 1 },
  // Subdomains of a listed domain count: the services hand them out freely.
  { email: 'jordan@inbox.mailinator.com', fires: 1 },
  { email: 'jordan@x.10minutemail.com', fires: 1 },
  // As pasted from a mail program or a link.
  { email: 'Jordan Ellis <jordan@mailinator.com>', fires: 1 },
  { email: 'mailto:jordan@yopmail.com', fires: 1 },
  { email: 'Jordan Ellis <jordan.ellis@gmail.com>', fires: 0 },
  // Look-alikes: ordinary free mail, privacy mail, company domains.
  { email: 'jordan.ellis@gmail.com', fires: 0 },
  { email: 'jordan@proton.me', fires: 0 },
  { email: 'jordan@outlook.com', fires: 0 },
  { email: 'jordan@example.com', fires: 0 },
  { email: 'jordan@mailchimp.com', fires: 0 },
  { email: 'jordan@mail.example.com', fires: 0 },
];

describe('email.disposable', () => {
  it.each(cases)('$email -> $fires', ({ email, fires }) => {
    expect(countOf(runCheck(check, { email }))).toBe(fires);
  });

  it('skips an email with no domain rather than guessing', () => {
    expect(countOf(runCheck(check, { email: 'jordan' }))).toBe('skip');
  });

  it('masks the mailbox and names the listed parent domain', () => {
    const outcome = runCheck(check, { email: 'jordan@inbox.mailinator.com' });
    const evidence = 'skip' in outcome ? '' : outcome[0].evidence;
    expect(evidence).toContain('j•••@inbox.mailinator.com');
    expect(evidence).toContain('listed mailinator.com');
    expect(evidence).not.toContain('jordan');
  });

  it('shows the mailbox masked, not the display name it was pasted with', () => {
    const outcome = runCheck(check, { email: 'Jordan Ellis <jordan@mailinator.com>' });
    expect('skip' in outcome ? '' : outcome[0].evidence).toBe('j•••@mailinator.com: mailinator.com is a disposable-mail domain');
  });
});
