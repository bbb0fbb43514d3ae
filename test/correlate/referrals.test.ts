// Referrals within one run: who referred a candidate, when that candidate is graded high.

import { describe, expect, it } from 'vitest';
import { applyReferrals } from '../../src/correlate/referrals.js';
import { gradingPolicy } from '../../src/data/grading.js';
import { grade } from '../../src/grade.js';
import type { CandidateReport, Finding, Risk } from '../../src/types.js';
import { sortFindings } from '../../src/vet.js';

const finding = (severity: Finding['severity']): Finding => ({ check: 'address.freight-forwarder', severity, confidence: 'high', title: '', evidence: '', references: [], recommendation: '' });

/** A graded report: `risk` made by one finding of that weight (none for low). */
function report(row: number, name: string, risk: Risk, id?: string): CandidateReport {
  const findings = risk === 'high' ? [finding('high')] : risk === 'critical' ? [finding('critical')] : risk === 'medium' ? [finding('medium')] : [];
  return { schemaVersion: 1, candidate: { ...(id && { id }), name, source: `s.csv:${row}`, row }, ...grade(findings, gradingPolicy()), findings, skipped: [], warnings: [] };
}

const run = () => [report(1, 'Andrew Miller', 'high', 'R1'), report(2, 'Dana White', 'low', 'R2'), report(3, 'Fay Green', 'medium', 'R3'), report(4, 'Eve Black', 'low', 'R4')];

describe('correlation.referred-by-flagged', () => {
  it.each([
    { name: 'by id', referredBy: 'R1', fires: true },
    { name: 'by id in another case, with spaces', referredBy: ' r1 ', fires: true },
    { name: 'by name, another order', referredBy: 'Miller, Andrew', fires: true },
    { name: 'by a candidate graded medium', referredBy: 'R3', fires: false },
    { name: 'by someone not in the run', referredBy: 'Grace Hopper', fires: false },
    { name: 'by oneself', referredBy: 'R2', fires: false },
  ])('referred $name -> $fires', ({ referredBy, fires }) => {
    const candidates = run();
    const links = applyReferrals(candidates, [{ at: 1, referredBy }], gradingPolicy());
    expect(candidates[1].findings.map((f) => f.check)).toEqual(fires ? ['correlation.referred-by-flagged'] : []);
    expect(links.length).toBe(fires ? 1 : 0);
  });

  it('says who referred and how they were graded, grades again, and lists the link', () => {
    const candidates = run();
    const links = applyReferrals(candidates, [{ at: 1, referredBy: 'R1' }], gradingPolicy());
    expect(candidates[1].findings[0].evidence).toBe('referred by Andrew Miller (R1, row 1), graded high in this run (high, score 50: 1 high signal in 1 independent group, strongest address.freight-forwarder)');
    expect(candidates[1].risk).toBe('medium');
    expect(links).toEqual([{ check: 'correlation.referred-by-flagged', kind: 'referred-by-flagged', value: 'referral by Andrew Miller (R1, row 1)', severity: 'medium', candidates: [candidates[0].candidate, candidates[1].candidate] }]);
  });

  it('one pass: a candidate raised by a referral does not pass it on', () => {
    const candidates = run();
    // R4 referred by R2, whom R1 referred: R2 becomes medium, never high, and R4 stays as it was.
    applyReferrals(candidates, [{ at: 1, referredBy: 'R1' }, { at: 3, referredBy: 'R2' }], gradingPolicy());
    expect(candidates[3].findings).toEqual([]);
  });

  it('a name two candidates bear names nobody; the configuration may turn the check off', () => {
    const candidates = [...run(), report(5, 'Andrew Miller', 'high')];
    expect(applyReferrals(candidates, [{ at: 1, referredBy: 'Andrew Miller' }], gradingPolicy())).toEqual([]);
    expect(applyReferrals(run(), [{ at: 1, referredBy: 'R1' }], gradingPolicy(), 'off')).toEqual([]);
  });
});

describe('correlation.referred-by-flagged in the engine', () => {
  it("is placed among the candidate's findings as the run orders them", () => {
    const candidates = [report(1, 'Andrew Miller', 'high', 'R1'), { ...report(2, 'Dana White', 'low', 'R2'), findings: [finding('low')] }];
    applyReferrals(candidates, [{ at: 1, referredBy: 'R1' }], gradingPolicy(), undefined, sortFindings);
    expect(candidates[1].findings.map((f) => [f.check, f.severity])).toEqual([['correlation.referred-by-flagged', 'medium'], ['address.freight-forwarder', 'low']]);
  });
});
