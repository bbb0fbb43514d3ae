import type { Check, Problem } from '../../types.js';
import { sameName } from '../../names/index.js';

export const check: Check = {
  id: 'identity.name-mismatch',
  title: 'Name differs from the name on the ID document or from an alias',
  description:
    'Workers in these schemes apply under stolen or borrowed US identities and collect pay under yet other names; a name on the ID document that is not the name the candidate uses is the first sign (FBI and State/Treasury guidance). Word order, middle names, initials, accents and hyphens are tolerated; a different name is not.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask the candidate to explain the difference and verify the ID document itself (issuer check or in-person verification) before going further.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['idDocument.nameOnDocument|aliases'],
  run({ dossier }) {
    const problems: Problem[] = [];
    const onDocument = dossier.idDocument?.nameOnDocument?.trim();
    if (onDocument && !sameName(dossier.name, onDocument)) {
      problems.push({ path: '$.idDocument.nameOnDocument', evidence: `name "${dossier.name}" but the ID document reads "${onDocument}"`, severity: 'medium' });
    }
    const known = [dossier.name, ...(onDocument ? [onDocument] : [])];
    (dossier.aliases ?? []).forEach((alias, i) => {
      // An alias is another name seen somewhere: a maiden name or a nickname is possible, so it weighs less.
      if (!known.some((name) => sameName(name, alias))) problems.push({ path: `$.aliases[${i}]`, evidence: `alias "${alias}" is not a form of "${dossier.name}"`, severity: 'low' });
    });
    return problems;
  },
};
