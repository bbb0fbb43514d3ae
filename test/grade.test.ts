import { describe, expect, it } from 'vitest';
import { grade } from '../src/grade.js';
import { gradingPolicy } from '../src/data/grading.js';
import type { Finding, Severity } from '../src/types.js';

const finding = (check: string, severity: Severity): Finding => ({
  check, severity, confidence: 'medium', title: check, evidence: '', references: [], recommendation: '',
});

// The bundled policy (rules/grading.json), as a run without configuration grades.
const cases: { name: string; findings: Finding[]; risk: string }[] = [
  { name: 'nothing', findings: [], risk: 'low' },
  { name: 'one low signal (a payment platform)', findings: [finding('payment.method-risk', 'low')], risk: 'low' },
  { name: 'one medium signal (camera off)', findings: [finding('interview.camera-off', 'medium')], risk: 'medium' },
  { name: 'two medium signals of one category (shipping elsewhere and far)', findings: [finding('address.shipping-differs', 'medium'), finding('address.shipping-far', 'medium')], risk: 'medium' },
  { name: 'three medium signals of one category', findings: [finding('address.shipping-differs', 'medium'), finding('address.shipping-far', 'medium'), finding('address.mail-drop', 'medium')], risk: 'medium' },
  { name: 'two independent medium signals and a low one', findings: [finding('interview.camera-off', 'medium'), finding('network.vpn', 'medium'), finding('timezone.activity-mismatch', 'low')], risk: 'medium' },
  { name: 'three independent medium signals', findings: [finding('interview.camera-off', 'medium'), finding('network.vpn', 'medium'), finding('payment.holder-mismatch', 'medium')], risk: 'high' },
  { name: 'one high signal', findings: [finding('address.freight-forwarder', 'high')], risk: 'high' },
  { name: 'a critical finding', findings: [finding('payment.sanctioned-wallet', 'critical')], risk: 'critical' },
];

describe('grade with the bundled policy', () => {
  it.each(cases)('$name -> $risk', ({ findings, risk }) => {
    expect(grade(findings, gradingPolicy()).risk).toBe(risk);
  });

  it('says why: three independent medium signals score 49', () => {
    const findings = cases.find((c) => c.name === 'three independent medium signals')!.findings;
    expect(grade(findings, gradingPolicy()).reason).toBe('high, score 49: 3 medium signals in 3 independent groups, strongest interview.camera-off');
  });
});
