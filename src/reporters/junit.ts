// JUnit XML for CI test tabs: one test case per candidate, failed at or above the failing
// grade; an input that could not be read is an error. Every string is escaped for XML.

import type { CandidateReport, Finding, Reporter, ReporterOptions, RunReport } from '../types.js';
import { riskAtLeast } from '../grade.js';
import { inInputOrder } from './json.js';

export const junit: Reporter = (report, options) => {
  const cases = inInputOrder(report).map((item) => ('error' in item ? errorCase(item) : candidateCase(item, options)));
  const failures = report.candidates.filter((c) => isFailing(c, options)).length;
  const errors = report.rejected.length;
  const tests = cases.length;
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vet" ${counts}>`,
    `  <testsuite name="vet" ${counts} skipped="0">`,
    ...suiteProperties(report, options),
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function isFailing(c: CandidateReport, options: ReporterOptions): boolean {
  return options.failOn !== 'never' && riskAtLeast(c.risk, options.failOn);
}

function suiteProperties(report: RunReport, options: ReporterOptions): string[] {
  const props = [['vet.version', report.vet.version], ['failOn', options.failOn], ...report.data.map((d) => ['data', d])];
  return ['    <properties>', ...props.map(([k, v]) => `      <property name="${xml(k)}" value="${xml(v)}"/>`), '    </properties>'];
}

function candidateCase(c: CandidateReport, options: ReporterOptions): string {
  const open = `    <testcase classname="${xml(classname(c.candidate.source))}" name="${xml(caseName(c))}" file="${xml(fileOf(c.candidate.source))}">`;
  const body = c.findings.map(findingLine).join('\n');
  const inner = isFailing(c, options)
    ? `      <failure type="${c.risk}" message="${xml(c.reason)}">${xml(body)}</failure>`
    : `      <system-out>${xml([c.reason, body].filter(Boolean).join('\n'))}</system-out>`;
  return [open, inner, '    </testcase>'].join('\n');
}

function errorCase(item: { candidate: { source: string; row?: number }; error: string }): string {
  const source = item.candidate.source;
  return [
    `    <testcase classname="${xml(classname(source))}" name="${xml(source)}" file="${xml(fileOf(source))}">`,
    `      <error type="input" message="${xml(item.error)}"/>`,
    '    </testcase>',
  ].join('\n');
}

function caseName(c: CandidateReport): string {
  return `${c.candidate.name}${c.candidate.id ? ` (${c.candidate.id})` : ''}`;
}

function findingLine(f: Finding): string {
  return `[${f.severity}] ${f.check}: ${f.title}: ${f.evidence}${f.path ? ` at ${f.path}` : ''}\n  next: ${f.recommendation}`;
}

/** `onboarding/a.json` -> `vet.onboarding.a.json`: test tabs group cases by classname. */
function classname(source: string): string {
  return `vet.${source.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\//g, '.')}`;
}

/** `sheet.csv:12` names a row; the file is the part before it. */
function fileOf(source: string): string {
  return source.replace(/:\d+$/, '');
}

/** XML 1.0 text or attribute: markup escaped, and characters XML cannot hold at all replaced. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
