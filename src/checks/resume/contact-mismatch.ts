import type { Check, Problem } from '../../types.js';
import { resumeFacts } from '../../resume/extract.js';
import { resumeTextOf } from '../../resume/text.js';
import { emailKey, phoneCountry, phoneKey, withoutExtension } from '../../util/contact-keys.js';
import { maskEmail, maskPhone } from '../../util/mask.js';
import { parsePhone } from '../../util/phone.js';
import { foldText, tokenize } from '../../names/index.js';

export const check: Check = {
  id: 'resume.contact-mismatch',
  title: "Resume gives contact details that are not the candidate's",
  description:
    "Persona resumes are made from templates and passed between operators; an email or phone in the resume that differs from the application's is often another persona's, left behind. Public guidance on DPRK IT workers lists inconsistent contact information as a red flag.",
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask the candidate which contact details are current, and reach them once through each one: a number or mailbox that answers under another name settles it.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['resume.text|resume.file', 'email|phone'],
  run(ctx) {
    const text = resumeTextOf(ctx);
    if (typeof text !== 'string') return text;
    const { dossier } = ctx;
    const country = dossier.location?.country;
    const facts = resumeFacts(text, country);
    const problems: Problem[] = [];

    const ownEmail = emailKey(dossier.email);
    if (ownEmail) {
      const others = facts.emails.filter((e) => emailKey(e) !== ownEmail && !isPlaceholder(e));
      const alsoOwn = others.length < facts.emails.filter((e) => !isPlaceholder(e)).length;
      for (const email of others) {
        // Beside the application's own address a second one (a work address) is common; instead of
        // it, it is not, unless its mailbox carries the candidate's own name (an older address).
        const ownName = mailboxNames(email, dossier.name);
        const severity = alsoOwn || ownName ? 'low' : 'medium';
        const named = ownName ? ' (its mailbox name is the candidate\'s)' : '';
        problems.push({ path: '$.resume', evidence: `resume gives email ${maskEmail(email)}${named}; the application gives ${maskEmail(dossier.email ?? '')}`, severity });
      }
    }

    // The resume's numbers are read without extensions: the application's is compared the same way.
    const ownKey = phoneKey(dossier.phone, country);
    const ownPhone = ownKey && withoutExtension(ownKey);
    if (ownPhone) {
      // The country of a valid number is the same read as E.164 or in the claimed country's form, and that parse is already cached.
      const own = parsePhone(dossier.phone!, country);
      const ownCountry = facts.phones.find((p) => p.e164 === ownPhone)?.country ?? (own?.valid ? own.country : phoneCountry(ownPhone));
      const alsoOwn = facts.phones.some((p) => p.e164 === ownPhone);
      for (const phone of facts.phones.filter((p) => p.e164 !== ownPhone)) {
        const abroad = phone.country && ownCountry && phone.country !== ownCountry;
        const where = abroad ? ` (a ${phone.country} number; the application's is ${ownCountry})` : '';
        problems.push({ path: '$.resume', evidence: `resume gives phone ${maskPhone(phone.e164)}; the application gives ${maskPhone(dossier.phone ?? '')}${where}`, severity: alsoOwn && !abroad ? 'low' : 'medium' });
      }
    }
    return problems;
  },
};

/**
 * Whether the mailbox name of `email` carries the candidate's given and family names
 * (`kevin.lee.fullstack@...` for Kevin Lee): the person's older or other address, most likely.
 * Both names of three letters or more must appear, so that `lee` alone in a stranger's mailbox
 * does not count.
 */
function mailboxNames(email: string, name: string): boolean {
  const mailbox = foldText(email.slice(0, email.lastIndexOf('@'))).replace(/[^a-z]/g, '');
  const words = tokenize(name).filter((w) => w.length >= 3);
  return words.length >= 2 && mailbox.includes(words[0]) && mailbox.includes(words[words.length - 1]);
}

/** Template placeholders (`you@example.com`) are resume.template-text's business. */
function isPlaceholder(email: string): boolean {
  return /@(example\.(com|org|net)|yourdomain\.com|youremail\.com)$/i.test(email);
}
