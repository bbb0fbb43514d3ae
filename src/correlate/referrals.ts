// Referrals within one run: a candidate whose `referredBy` names another candidate of the run
// graded high or critical gets a finding (correlation.referred-by-flagged) and is graded again.
// Worked out after the grades, on the grades the links gave: one pass, so a referral never feeds
// back into the grade of whoever referred.

import type { CandidateReport, Correlation, Finding, Severity } from '../types.js';
import { check } from '../checks/correlation/referred-by-flagged.js';
import { referencesFor } from '../data/sources.js';
import { grade, riskAtLeast } from '../grade.js';
import type { GradingPolicy } from '../data/grading.js';
import { nameKey } from '../names/normalize.js';
import { describeCandidate } from './link.js';

/** A candidate of the run, by position in `candidates`, and who referred them as written. */
export interface Referral {
  at: number;
  referredBy: string;
}

/** `order`: how the run orders a candidate's findings (the engine's sortFindings), applied again to those that gain one. */
export function applyReferrals(candidates: CandidateReport[], referrals: Referral[], policy: GradingPolicy, configured?: Severity | 'off', order: (findings: Finding[]) => Finding[] = (f) => f): Correlation[] {
  if (referrals.length === 0 || configured === 'off') return [];
  const find = referrerFinder(candidates);
  // Grades as the links left them, before any referral finding changes one.
  const flagged = candidates.map((report) => riskAtLeast(report.risk, 'high'));
  const severity = configured ?? check.severity;
  const references = referencesFor(check.sources, check.id);
  const correlations: Correlation[] = [];
  for (const { at, referredBy } of referrals) {
    const by = find(referredBy);
    if (by === undefined || by === at || !flagged[by]) continue;
    const referrer = candidates[by];
    const report = candidates[at];
    const finding: Finding = {
      check: check.id,
      severity,
      confidence: check.confidence,
      title: check.title,
      evidence: `referred by ${describeCandidate(referrer.candidate)}, graded ${referrer.risk} in this run (${referrer.reason})`,
      path: '$.referredBy',
      references,
      recommendation: check.recommendation,
    };
    report.findings = order([...report.findings, finding]);
    Object.assign(report, grade(report.findings, policy));
    correlations.push({ check: check.id, kind: 'referred-by-flagged', value: `referral by ${describeCandidate(referrer.candidate)}`, severity, candidates: [{ ...referrer.candidate }, { ...report.candidate }] });
  }
  return correlations;
}

/** The candidate `referredBy` names: an id, or a name that one candidate of the run bears. */
function referrerFinder(candidates: CandidateReport[]): (referredBy: string) => number | undefined {
  const byId = new Map<string, number>();
  const byName = new Map<string, number | null>();
  candidates.forEach((report, i) => {
    const id = report.candidate.id?.trim().toLowerCase();
    if (id && !byId.has(id)) byId.set(id, i);
    const name = nameKey(report.candidate.name);
    byName.set(name, byName.has(name) ? null : i);
  });
  return (referredBy) => byId.get(referredBy.trim().toLowerCase()) ?? byName.get(nameKey(referredBy)) ?? undefined;
}
