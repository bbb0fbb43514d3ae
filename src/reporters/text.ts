// The recruiter's report in a terminal. Every string from a dossier goes through `clean`.

import { Chalk, type ChalkInstance } from 'chalk';
import type { CandidateReport, Finding, Reporter, ReporterOptions, RunReport, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { clean } from '../util/sanitize.js';
import { summaryCounts } from './json.js';
import { candidateTable, clustersBlock, isSheetRun } from './text-batch.js';

export const text: Reporter = (report, options) => {
  const c = new Chalk({ level: options.color ? 2 : 0 });
  const blocks = isSheetRun(report) ? [candidateTable(report, c, riskColour)] : report.candidates.map((candidate) => candidateBlock(candidate, c));
  if (report.correlations.length > 0) blocks.push(clustersBlock(report.correlations, report.candidates.length, c, riskColour));
  if (report.rejected.length > 0) blocks.push(rejectedBlock(report, c));
  if (report.data.length > 0) blocks.push(c.dim(`Screened against: ${report.data.map(clean).join('; ')}`));
  if (report.candidates.length + report.rejected.length > 1) blocks.push(summaryLine(report, options, c));
  return `${blocks.join('\n\n')}\n`;
};

const riskColour = (c: ChalkInstance, risk: Severity): ChalkInstance =>
  ({ critical: c.bgRed.white.bold, high: c.red.bold, medium: c.yellow.bold, low: c.green.bold, info: c.blue })[risk];

function candidateBlock(report: CandidateReport, c: ChalkInstance): string {
  const who = clean(report.candidate.name) + (report.candidate.id ? ` (${clean(report.candidate.id)})` : '');
  const lines = [
    `${c.bold(who)}  ${c.dim(clean(report.candidate.source))}`,
    `${riskColour(c, report.risk)(` ${report.risk.toUpperCase()} `)} ${clean(report.reason)}`,
  ];
  for (const severity of [...SEVERITIES].reverse()) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', riskColour(c, severity)(`${severity.toUpperCase()} (${group.length})`));
    for (const finding of group) lines.push(...findingLines(finding, c));
  }
  if (report.findings.length === 0) lines.push('', c.green('No findings.'));
  if (report.skipped.length > 0) {
    lines.push('', c.dim(`Skipped (${report.skipped.length}):`));
    for (const s of report.skipped) lines.push(c.dim(`  ${s.check}: ${clean(s.reason)}`));
  }
  return lines.join('\n');
}

function findingLines(f: Finding, c: ChalkInstance): string[] {
  return [
    `  ${c.bold(f.check)}  ${clean(f.title)} ${c.dim(`(confidence ${f.confidence})`)}`,
    `    seen:   ${clean(f.evidence)}`,
    `    next:   ${clean(f.recommendation)}`,
    ...f.references.map((r, i) => `    ${i === 0 ? 'source: ' : '        '}${c.dim(clean(r))}`),
  ];
}

function rejectedBlock(report: RunReport, c: ChalkInstance): string {
  return [c.red.bold(`Could not read (${report.rejected.length}):`), ...report.rejected.map((r) => `  ${clean(r.error)}`)].join('\n');
}

function summaryLine(report: RunReport, options: ReporterOptions, c: ChalkInstance): string {
  const s = summaryCounts(report);
  const parts = (['critical', 'high', 'medium', 'low'] as const).filter((r) => s[r] > 0).map((r) => `${s[r]} ${r}`);
  const unread = s.rejected > 0 ? `; ${s.rejected} could not be read` : '';
  const failing = options.failOn === 'never' ? '' : `; failing grade: ${options.failOn}`;
  return c.bold(`${s.candidates} candidate${s.candidates === 1 ? '' : 's'}: ${parts.join(', ') || 'none'}${unread}${failing}`);
}
