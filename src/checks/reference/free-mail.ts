import type { Check, Problem } from '../../types.js';
import { isFreeMailDomain, namesNoCompany } from '../../data/free-mail-domains.js';
import { disposableDomainOf } from '../../data/disposable-domains.js';
import { emailDomain } from '../../util/contact-keys.js';
import { maskEmail } from '../../util/mask.js';

export const check: Check = {
  id: 'reference.free-mail',
  title: 'A reference speaking for a company writes from a free or disposable mailbox',
  description:
    'Anyone can open a webmail box under any name, so a reference who names a company but writes from one cannot be tied to that company by the address. Fabricated references in fraudulent applications are commonly set up this way. Many honest referees use personal mail too, so alone this is weak; a disposable mailbox is not weak.',
  sources: ['state-treasury-fbi-2022-05-16', 'disposable-email-domains'],
  recommendation: "Reach the referee through the company's own switchboard or website and confirm they work there and wrote the reference.",
  severity: 'low',
  confidence: 'low',
  needs: ['references'],
  run({ dossier }) {
    const problems: Problem[] = [];
    dossier.references?.forEach((reference, i) => {
      const domain = emailDomain(reference.email);
      if (!domain) return;
      const who = reference.name?.trim() || `reference ${i + 1}`;
      const masked = maskEmail(reference.email ?? '');
      if (disposableDomainOf(domain)) {
        problems.push({ path: `$.references[${i}].email`, evidence: `${who} writes from a disposable mailbox (${masked})`, severity: 'medium', confidence: 'high' });
        return;
      }
      const company = reference.company?.trim();
      // A freelancer, a friend or a client has no company mailbox to write from.
      if (company && !namesNoCompany(company) && isFreeMailDomain(domain)) {
        problems.push({ path: `$.references[${i}].email`, evidence: `${who} is given as being at ${company} but writes from free mail (${masked})` });
      }
    });
    return problems;
  },
};
