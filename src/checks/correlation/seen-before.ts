import type { Check, HistoryMatch, Problem } from '../../types.js';
import { historyRules } from '../../data/history.js';
import { pushTo } from '../../util/collections.js';

export const check: Check = {
  id: 'correlation.seen-before',
  title: 'Value seen before under another candidate and another name',
  description:
    'Facilitators reuse one phone, shipping address, bank account or photo across many identities over months: the DOJ describes rings that used more than 80 US identities at more than 100 companies, and single laptop farms hosting dozens of identities. The history store remembers, as keyed hashes, the values of every candidate vetted on this machine (or by the team), so a value that comes back under a new name is seen.',
  sources: ['doj-2025-06-30-enablers', 'doj-2024-05-16-chapman', 'fbi-psa-2024-05-16'],
  recommendation:
    'Open the earlier candidate named in the evidence and compare both identities; ask this candidate about the shared value, and treat a shared shipping address or bank account as a reason to verify identity in person before shipping equipment.',
  severity: 'medium',
  confidence: 'medium',
  needs: [],
  run({ gathered }) {
    if (gathered.history === undefined) return { skip: 'no history store for this run (--no-history)' };
    // Appended, not copied per match: a value the whole of an earlier sheet gave brings thousands.
    const byKind = new Map<string, HistoryMatch[]>();
    for (const m of gathered.history) pushTo(byKind, m.kind, m);
    return [...byKind].map(([kind, matches]) => problemFor(kind, matches));
  },
};

/** One problem per kind of value: it counts every earlier candidate and names the oldest, first seen first. */
function problemFor(kind: string, matches: HistoryMatch[]): Problem {
  const rules = historyRules();
  const named = [...new Set(matches.map((m) => m.candidateId))];
  // For a value that many gave, the store returns the oldest few and says how many.
  const others = matches.reduce((most, m) => Math.max(most, m.others ?? 0), named.length);
  const grade = rules.severity[kind] ?? rules.defaultSeverity;
  const severity = others >= rules.severalFrom ? grade.several : grade.one;
  const first = matches[0];
  const distance = kind === 'photo' && first.distance !== undefined ? ` (hash distance ${first.distance})` : '';
  const listed = named.slice(0, 5).join(', ') + (others > 5 ? ` and ${others - 5} more` : '');
  return {
    evidence: `${kind} ${first.value}${distance} was seen under ${others} other candidate${others === 1 ? '' : 's'} with another name (${listed}), first on ${first.seenAt}`,
    severity,
  };
}
