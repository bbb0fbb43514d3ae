// GitHub-flavoured Markdown for a job summary or a pull-request comment. A dossier's strings
// are escaped so that they can neither break the table, inject HTML or links, nor ping anyone.

import type { CandidateReport, Finding, Reporter, ReporterOptions, RunReport } from '../types.js';
import { riskAtLeast } from '../grade.js';
import { inInputOrder, summaryCounts } from './json.js';

const BADGE: Record<string, string> = { critical: '🟥 CRITICAL', high: '🟧 HIGH', medium: '🟨 MEDIUM', low: '🟩 LOW' };

export const markdown: Reporter = (report, options) => {
  const parts = [heading(report, options), overview(report, options)];
  for (const c of report.candidates) if (c.findings.length > 0) parts.push(details(c, options));
  if (report.rejected.length > 0) parts.push(rejected(report));
  if (report.data.length > 0) parts.push(`Screened against: ${report.data.map(md).join('; ')}`);
  parts.push(`<sub>vet ${md(report.vet.version)}: signals, not verdicts; every finding names its evidence and public source.</sub>`);
  return `${parts.join('\n\n')}\n`;
};

function failing(c: CandidateReport, options: ReporterOptions): boolean {
  return options.failOn !== 'never' && riskAtLeast(c.risk, options.failOn);
}

function heading(report: RunReport, options: ReporterOptions): string {
  const s = summaryCounts(report);
  const byRisk = (['critical', 'high', 'medium', 'low'] as const).filter((r) => s[r] > 0).map((r) => `${s[r]} ${r}`);
  const failed = report.candidates.filter((c) => failing(c, options)).length;
  const verdict = options.failOn === 'never' ? '' : failed > 0 ? ` · ❌ ${failed} at or above ${options.failOn}` : ` · ✅ none at or above ${options.failOn}`;
  const unread = s.rejected > 0 ? ` · ${s.rejected} could not be read` : '';
  return `## vet: ${s.candidates} candidate${s.candidates === 1 ? '' : 's'}${byRisk.length ? ` (${byRisk.join(', ')})` : ''}${verdict}${unread}`;
}

function overview(report: RunReport, options: ReporterOptions): string {
  const rows = inInputOrder(report).map((item) => {
    if ('error' in item) return `| ${md(item.candidate.source)} | – | ⚠️ not read | – | ${md(item.error)} |`;
    const mark = failing(item, options) ? ' ❌' : '';
    return `| ${who(item)} | ${md(item.candidate.source)} | ${BADGE[item.risk]}${mark} | ${item.score} | ${md(item.reason)} |`;
  });
  return ['| Candidate | Source | Grade | Score | Why |', '| --- | --- | --- | ---: | --- |', ...rows].join('\n');
}

function details(c: CandidateReport, options: ReporterOptions): string {
  const open = failing(c, options) ? ' open' : '';
  return [
    // Inside an HTML block Markdown is not parsed: the name is escaped as HTML only.
    `<details${open}><summary><b>${html(c.candidate.name)}</b>${c.candidate.id ? ` (${html(c.candidate.id)})` : ''}: ${BADGE[c.risk]}, score ${c.score}, ${c.findings.length} finding${c.findings.length === 1 ? '' : 's'}</summary>`,
    '',
    '| Severity | Check | Seen | Next step | Source |',
    '| --- | --- | --- | --- | --- |',
    ...c.findings.map(findingRow),
    '',
    '</details>',
  ].join('\n');
}

function findingRow(f: Finding): string {
  const sources = f.references.map((url, i) => (/^https?:\/\/\S+$/.test(url) ? `[${i + 1}](${url.replace(/[()\s|<>`]/g, encodeURIComponent)})` : md(url))).join(' ');
  return `| ${f.severity} | \`${f.check.replace(/`/g, '')}\` | ${md(f.title)}: ${md(f.evidence)} | ${md(f.recommendation)} | ${sources} |`;
}

function rejected(report: RunReport): string {
  return [`### Could not read (${report.rejected.length})`, '', ...report.rejected.map((r) => `- ${md(r.error)}`)].join('\n');
}

function who(c: CandidateReport): string {
  return `**${md(c.candidate.name)}**${c.candidate.id ? ` (${md(c.candidate.id)})` : ''}`;
}

/** Text inside HTML: one line, markup as entities, and the same guard against mentions. */
export function html(text: string): string {
  return entities(text).replace(/@/g, '@\u200b');
}

function entities(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD')
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * One line of inline Markdown: HTML characters as entities, Markdown punctuation backslash-escaped
 * (no emphasis, links, images, code, math or table cells), `@` followed by a zero-width space so that
 * a PR comment never mentions a user or team, and line breaks as spaces.
 */
export function md(text: string): string {
  return entities(text)
    .replace(/[\\`*_[\]()#!|~$^]/g, '\\$&')
    .replace(/@/g, '@\u200b');
}
