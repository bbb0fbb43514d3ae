import type { Check, Problem } from '../../types.js';
import { sameName, tokenize } from '../../names/index.js';
import { nameWords } from '../../data/name-words.js';

export const check: Check = {
  id: 'identity.name-mismatch',
  title: 'Name differs from the name on the ID document or from an alias',
  description:
    'Workers in these schemes apply under stolen or borrowed US identities and collect pay under yet other names; a name on the ID document that is not the name the candidate uses is the first sign (FBI and State/Treasury guidance). Word order, middle names, initials, accents and hyphens are tolerated; a different name is not, though one whose given name agrees (a married or earlier family name) weighs less.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask the candidate to explain the difference and verify the ID document itself (issuer check or in-person verification) before going further.',
  severity: 'medium',
  confidence: 'medium',
  needs: ['idDocument.nameOnDocument|aliases'],
  run({ dossier }) {
    const problems: Problem[] = [];
    const onDocument = dossier.idDocument?.nameOnDocument?.trim();
    if (onDocument && !sameName(dossier.name, onDocument)) {
      const evidence = `name "${dossier.name}" but the ID document reads "${onDocument}"`;
      // The given name agrees and the family name differs: a name taken at marriage, or dropped
      // at divorce, on one of them. A different given name may be a relative's document: medium.
      if (sharesGivenName(dossier.name, onDocument)) problems.push({ path: '$.idDocument.nameOnDocument', evidence: `${evidence}; the given name agrees (a married or earlier family name looks the same)`, severity: 'low' });
      else problems.push({ path: '$.idDocument.nameOnDocument', evidence, severity: 'medium' });
    }
    const known = [dossier.name, ...(onDocument ? [onDocument] : [])];
    (dossier.aliases ?? []).forEach((alias, i) => {
      // An alias is another name seen somewhere: a maiden name or a nickname is possible, so it weighs less.
      if (!known.some((name) => sameName(name, alias))) problems.push({ path: `$.aliases[${i}]`, evidence: `alias "${alias}" is not a form of "${dossier.name}"`, severity: 'low' });
    });
    return problems;
  },
};

/** The candidate's first given name (`Maria Schmidt`, `Schmidt, Maria`) is a word of the other name. */
function sharesGivenName(name: string, other: string): boolean {
  const comma = name.indexOf(',');
  const given = tokenize(comma >= 0 ? name.slice(comma + 1) : name)[0];
  if (given === undefined || given.length < 2) return false;
  const words = nameWords();
  return tokenize(other).some((word) => word === given || words.sameGivenName(given, word));
}
