// The batch view: every input as a row (sortable, filterable by grade), and the links between
// candidates as a graph and a table.

import { ownValueHint } from '../../correlate/own-value.js';
import type { CandidateReport, Correlation, RunReport } from '../../types.js';
import { RISKS } from '../../types.js';
import { summaryCounts } from '../json.js';
import { esc } from './escape.js';
import { where } from './candidate.js';
import { linkGraph } from './graph.js';

const RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export function candidatesTable(report: RunReport, anchors: Map<number, string>): string {
  const linkCount = linksPerCandidate(report);
  const rows = report.order.map(({ kind, at }, position) => {
    if (kind === 'rejected') {
      const r = report.rejected[at];
      return `<tr class="rejected" data-risk="error"><td data-v="${position}">${position + 1}</td><td class="muted">not read</td><td>${esc(where(r))}</td><td data-v="0"><span class="badge error">not read</span></td><td data-v="-1"></td><td data-v="0"></td><td data-v="0"></td><td>${esc(r.error)}</td></tr>`;
    }
    return candidateRow(report.candidates[at], position, anchors.get(at), linkCount.get(at) ?? 0);
  });
  const filters = ['all', ...[...RISKS].reverse()]
    .map((r) => `<label><input type="checkbox" name="grade" value="${r}"${r === 'all' ? ' checked' : ''}> ${r === 'all' ? 'all grades' : r}</label>`)
    .join('');
  const head = [
    ['#', 'num'],
    ['Candidate', 'text'],
    ['Source', 'text'],
    ['Grade', 'num'],
    ['Score', 'num'],
    ['Findings', 'num'],
    ['Links', 'num'],
    ['Why', 'text'],
  ]
    .map(([label, type]) => `<th scope="col" data-type="${type}"><button type="button">${label}</button></th>`)
    .join('');
  return [
    `<div class="controls" role="group" aria-label="Filter by grade">${filters}<input type="search" id="filter-text" placeholder="filter by name, id, source" aria-label="filter by text"><span id="shown-count" aria-live="polite"></span></div>`,
    `<table id="candidates" class="candidates"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ].join('');
}

function candidateRow(c: CandidateReport, position: number, anchor: string | undefined, links: number): string {
  const name = `${esc(c.candidate.name)}${c.candidate.id ? ` <span class="cid">${esc(c.candidate.id)}</span>` : ''}`;
  const named = anchor ? `<a href="#${anchor}">${name}</a>` : name;
  const signals = c.findings.filter((f) => f.severity !== 'info').length;
  return [
    `<tr data-risk="${c.risk}">`,
    `<td data-v="${position}">${position + 1}</td>`,
    `<td>${named}</td>`,
    `<td>${esc(where(c.candidate))}</td>`,
    `<td data-v="${RANK[c.risk]}"><span class="badge risk-${c.risk}">${c.risk}</span></td>`,
    `<td data-v="${c.score}">${c.score}</td>`,
    `<td data-v="${signals}">${signals}</td>`,
    `<td data-v="${links}">${links || ''}</td>`,
    `<td class="why">${esc(c.reason)}</td>`,
    '</tr>',
  ].join('');
}

/** How many links (shared values) each candidate of the run is part of. */
function linksPerCandidate(report: RunReport): Map<number, number> {
  const index = new Map(report.candidates.map((c, i) => [`${c.candidate.source}\u0000${c.candidate.row ?? ''}`, i] as const));
  const counts = new Map<number, number>();
  for (const link of report.correlations) {
    for (const m of link.candidates) {
      if (m.seenAt) continue;
      const at = index.get(`${m.source}\u0000${m.row ?? ''}`);
      if (at !== undefined) counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  }
  return counts;
}

export function linksPart(report: RunReport, anchors: Map<number, string>): string {
  if (report.correlations.length === 0) return '';
  const rows = report.correlations.map((link) => linkRow(link, report.candidates.length)).join('');
  return [
    `<section id="links"><h2>Links between candidates (${report.correlations.length})</h2>`,
    '<p class="muted">Each square is a value several candidates share (masked); each circle a candidate, coloured by grade. A group of names wired to one address, phone or account is how a laptop farm shows.</p>',
    linkGraph(report.correlations, report.candidates, anchors),
    `<table class="links"><thead><tr><th>Severity</th><th>Shared</th><th>Value</th><th>Candidates</th></tr></thead><tbody>${rows}</tbody></table>`,
    '</section>',
  ].join('');
}

function linkRow(link: Correlation, candidates: number): string {
  const members = link.candidates.map((m) => `<li>${esc(m.name)}${m.id ? ` <span class="cid">${esc(m.id)}</span>` : ''} <span class="muted">${esc(where(m))}${m.seenAt ? `, seen ${esc(m.seenAt)}` : ''}</span></li>`).join('');
  const hint = ownValueHint(link, candidates);
  const value = `${esc(link.value)}${hint ? `<p class="muted">${esc(hint)}</p>` : ''}`;
  return `<tr><td><span class="badge sev-${link.severity}">${link.severity}</span></td><td><code>${esc(link.check)}</code></td><td>${value}</td><td><ul>${members}</ul></td></tr>`;
}

export function summaryLine(report: RunReport): string {
  const s = summaryCounts(report);
  const parts = (['critical', 'high', 'medium', 'low'] as const).filter((r) => s[r] > 0).map((r) => `<span class="badge risk-${r}">${s[r]} ${r}</span>`);
  const unread = s.rejected > 0 ? ` <span class="badge error">${s.rejected} not read</span>` : '';
  return `<p class="summary">${s.candidates} candidate${s.candidates === 1 ? '' : 's'}: ${parts.join(' ') || 'none'}${unread}</p>`;
}
