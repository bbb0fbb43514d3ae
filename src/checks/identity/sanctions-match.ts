import type { Check, Problem } from '../../types.js';
import { screenName } from '../../sanctions/index.js';
import { judgeHit } from '../../sanctions/describe.js';

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
        const judged = judgeHit(`name "${name}"`, hit, dossier.idDocument?.dateOfBirth);
        problems.push({ path, evidence: judged.evidence, severity: judged.severity, confidence: judged.confidence ?? (hit.level === 'fuzzy' ? 'low' : 'medium') });
      }
    }
    return problems;
  },
};
