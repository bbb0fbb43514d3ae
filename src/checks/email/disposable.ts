import type { Check } from '../../types.js';
import { disposableDomainOf } from '../../data/disposable-domains.js';
import { maskEmail } from '../../util/mask.js';
import { emailDomain } from '../../util/contact-keys.js';

export const check: Check = {
  id: 'email.disposable',
  title: 'Email address is on a disposable-mail domain',
  description:
    'A disposable (throwaway) mailbox is created in seconds and abandoned as easily: it ties the application to no lasting identity, and a real candidate rarely applies for a job from one. The domain list is the maintained disposable-email-domains package.',
  sources: ['disposable-email-domains'],
  recommendation: 'Ask for a lasting address (personal or from a current employer) and confirm it by a reply before going further.',
  severity: 'medium',
  confidence: 'high',
  needs: ['email'],
  run({ dossier }) {
    const domain = emailDomain(dossier.email);
    if (!domain) return { skip: 'email has no domain' };
    const listed = disposableDomainOf(domain);
    if (!listed) return [];
    const via = listed === domain ? '' : ` (a subdomain of listed ${listed})`;
    return [{ path: '$.email', evidence: `${maskEmail(dossier.email!)}: ${domain} is a disposable-mail domain${via}` }];
  },
};
