import type { Check, Problem } from '../../types.js';
import { screenName } from '../../sanctions/index.js';
import { describeHit, severityOf } from '../../sanctions/describe.js';

export const check: Check = {
  id: 'identity.sanctions-match',
  title: "Candidate's name matches an OFAC-listed person or organisation",
  description:
    'US employers may not hire or pay persons on the OFAC SDN list; the list names North Korean officials, IT-worker front companies and their managers (DPRK programs). A name match alone is not an identity: the listed date of birth, nationality and identifiers decide.',
  sources: ['ofac-sdn', 'state-treasury-fbi-2022-05-16'],
  recommendation: "Compare the candidate's date of birth, nationality and ID document with the listed ones before anything else; if they match, stop and refer to compliance. A different date of birth clears a name-only match.",
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
        problems.push({ path, evidence: describeHit(`name "${name}"`, hit), severity: severityOf(hit), confidence: hit.level === 'fuzzy' ? 'low' : 'medium' });
      }
    }
    return problems;
  },
};
