// Findings -> score and risk. Pure; the policy is data (rules/grading.json).

import type { Finding, Risk, Severity } from './types.js';
import { SEVERITIES } from './types.js';
import type { GradingPolicy } from './data/grading.js';

export interface Grade {
  risk: Risk;
  score: number;
  reason: string;
}

export function grade(findings: Finding[], policy: GradingPolicy): Grade {
  const signals = signalsOf(findings, policy);
  const remaining = signals.reduce((keep, s) => keep * (1 - Math.min(100, s.points) / 100), 1);
  const score = Math.round(100 * (1 - remaining));
  const hasCritical = findings.some((f) => f.severity === 'critical');
  const risk: Risk = hasCritical && policy.criticalFindingIsCritical ? 'critical' : riskOf(score, policy);
  return { risk, score, reason: shared(reasonFor(risk, score, findings, signals.length, policy)) };
}

// A sheet's 100,000 candidates have a few dozen distinct reasons: each kept once, not once per candidate.
const reasons = new Map<string, string>();

function shared(reason: string): string {
  const known = reasons.get(reason);
  if (known !== undefined) return known;
  if (reasons.size < 10_000) reasons.set(reason, reason);
  return reason;
}

interface Signal {
  group: string;
  points: number;
}

/** Findings of one category share a cause: the strongest counts fully, the rest are discounted. */
function signalsOf(findings: Finding[], policy: GradingPolicy): Signal[] {
  const groups = new Map<string, number[]>();
  for (const f of findings) {
    const points = policy.points[f.severity];
    if (points <= 0) continue;
    const category = f.check.split('.')[0];
    const group = policy.independentChecksIn.includes(category) ? f.check : category;
    groups.set(group, [...(groups.get(group) ?? []), points]);
  }
  return [...groups].map(([group, points]) => {
    const [strongest, ...rest] = points.sort((a, b) => b - a);
    return { group, points: strongest + policy.sameCategoryFactor * rest.reduce((a, b) => a + b, 0) };
  });
}

function riskOf(score: number, policy: GradingPolicy): Risk {
  if (score >= policy.thresholds.critical) return 'critical';
  if (score >= policy.thresholds.high) return 'high';
  if (score >= policy.thresholds.medium) return 'medium';
  return 'low';
}

function reasonFor(risk: Risk, score: number, findings: Finding[], groups: number, policy: GradingPolicy): string {
  const counted = findings.filter((f) => policy.points[f.severity] > 0);
  if (counted.length === 0) return `${risk}, score ${score}: no risk signals${findings.length ? ` (${findings.length} informational note${plural(findings.length)})` : ''}`;
  const tally = [...SEVERITIES]
    .reverse()
    .map((s) => [s, counted.filter((f) => f.severity === s).length] as [Severity, number])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const strongest = [...counted].sort((a, b) => policy.points[b.severity] - policy.points[a.severity])[0];
  const critical = risk === 'critical' && strongest.severity === 'critical' ? '; a critical finding is critical on its own' : '';
  return `${risk}, score ${score}: ${tally} signal${plural(counted.length)} in ${groups} independent group${plural(groups)}, strongest ${strongest.check}${critical}`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

export function riskAtLeast(risk: Risk, threshold: Risk): boolean {
  const order: Risk[] = ['low', 'medium', 'high', 'critical'];
  return order.indexOf(risk) >= order.indexOf(threshold);
}
