import type { Check, Problem, Severity } from '../../types.js';
import { screenName, type NameHit } from '../../sanctions/index.js';
import { compareBirthDates } from '../../sanctions/birth-dates.js';
import { describeHit, severityOf } from '../../sanctions/describe.js';

export const check: Check = {
  id: 'identity.sanctions-match',
  title: "Candidate's name matches an OFAC-listed person or organisation",
  description:
    'US employers may not hire or pay persons on the OFAC SDN list; the list names North Korean officials, IT-worker front companies and their managers (DPRK programs). A name match alone is not an identity: OFAC tells screeners to compare the other identifiers, the date of birth first. With the date of birth on the ID document (idDocument.dateOfBirth), a match whose listed dates all differ is cleared (shown as a note) and one whose date is listed is critical. Without it, a person named in two words (`Ryu Jin`: a name many people share) is medium, a longer name high.',
  sources: ['ofac-sdn', 'ofac-faq-5', 'state-treasury-fbi-2022-05-16'],
  recommendation: "Compare the candidate's date of birth, nationality and ID document with the listed ones before anything else (enter the date of birth as idDocument.dateOfBirth and vet compares it); if they match, stop and refer to compliance. A different date of birth clears a name-only match.",
  severity: 'high',
  confidence: 'medium',
  needs: ['name'],
  run({ dossier }) {
    const names: [string, string][] = [
      ['$.name', dossier.name],
      ...(dossier.aliases ?? []).map((a, i): [string, string] => [`$.aliases[${i}]`, a]),
      ...(dossier.idDocument?.nameOnDocument ? [['$.idDocument.nameOnDocument', dossier.idDocument.nameOnDocument] as [string, string]] : []),
    ];
    const reported = new Set<number>();
    const problems: Problem[] = [];
    for (const [path, name] of names) {
      for (const hit of screenName(name)) {
        if (reported.has(hit.entry.ent)) continue;
        reported.add(hit.entry.ent);
        problems.push(problemOf(path, `name "${name}"`, hit, dossier.idDocument?.dateOfBirth));
      }
    }
    return problems;
  },
};

/** A hit as a finding: an organisation or a person, a person's date of birth compared when the ID gives one. */
function problemOf(path: string, what: string, hit: NameHit, dateOfBirth: string | undefined): Problem {
  const evidence = describeHit(what, hit);
  const confidence = hit.level === 'fuzzy' ? 'low' : 'medium';
  if (hit.entry.type !== 'individual') return { path, evidence, severity: severityOf(hit), confidence };
  switch (compareBirthDates(dateOfBirth, hit.entry.details)) {
    case 'different':
      return { path, evidence: `${evidence}; the date of birth on the ID document is none of the listed ones: another person`, severity: 'info', confidence: 'high' };
    case 'same':
      return { path, evidence: `${evidence}; the date of birth on the ID document is a listed one`, severity: 'critical', confidence: 'high' };
    default:
      return { path, evidence, severity: isShortName(hit) ? lower(severityOf(hit)) : severityOf(hit), confidence };
  }
}

/** A listed name of two words (`ryu jin`): many people bear it, so it alone says less. */
function isShortName(hit: NameHit): boolean {
  return hit.listedAs.split(' ').length <= 2;
}

function lower(severity: Severity): Severity {
  return severity === 'critical' ? 'high' : severity === 'high' ? 'medium' : severity === 'medium' ? 'low' : severity;
}
