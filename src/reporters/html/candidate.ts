// One candidate: the grade and why at the top, then the findings by severity (evidence, next
// step, sources), the pictures, and what could not be judged.

import type { CandidateReport, Finding } from '../../types.js';
import { SEVERITIES } from '../../types.js';
import { esc, link } from './escape.js';
import { hoursBand } from './hours.js';
import { placesTable } from './places.js';
import { photoCards } from './photos.js';

export function candidateName(c: CandidateReport): string {
  return `${esc(c.candidate.name)}${c.candidate.id ? ` <span class="cid">${esc(c.candidate.id)}</span>` : ''}`;
}

/** The source label already names the sheet row (`candidates.csv:12`). */
export function where(c: { source: string }): string {
  return c.source;
}

/** The body of a candidate's section; the caller decides whether it is the page or a collapsible part of it. */
export function candidateBody(c: CandidateReport, anchor: string): string {
  return [
    `<div class="verdict risk-${c.risk}"><span class="grade">${c.risk.toUpperCase()}</span><span class="score">score ${c.score}</span><p class="reason">${esc(c.reason)}</p></div>`,
    contents(c, anchor),
    findingsPart(c.findings, anchor),
    picturesPart(c, anchor),
    skippedPart(c, anchor),
    warningsPart(c),
  ].join('');
}

/** Links to the parts below, so the pictures are one click from the grade. */
function contents(c: CandidateReport, anchor: string): string {
  const facts = c.facts;
  const parts: [string, string, boolean][] = [
    ['findings', `Findings (${c.findings.length})`, true],
    ['hours', 'Working hours', Boolean(facts?.time)],
    ['places', 'Places', Boolean(facts?.places.length)],
    ['photos', 'Photos', Boolean(facts?.photos.length)],
    ['skipped', `Not judged (${c.skipped.length})`, c.skipped.length > 0],
  ];
  return `<nav class="contents">${parts.filter(([, , shown]) => shown).map(([id, label]) => `<a href="#${anchor}-${id}">${label}</a>`).join(' · ')}</nav>`;
}

function findingsPart(findings: Finding[], anchor: string): string {
  if (findings.length === 0) return `<section class="findings" id="${anchor}-findings"><h3>Findings</h3><p class="ok">No findings.</p></section>`;
  const groups = [...SEVERITIES].reverse().flatMap((severity) => {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) return [];
    return [`<h4 class="sev-head sev-${severity}">${severity} <span class="count">${group.length}</span></h4>${group.map(findingCard).join('')}`];
  });
  return `<section class="findings" id="${anchor}-findings"><h3>Findings (${findings.length})</h3>${groups.join('')}</section>`;
}

function findingCard(f: Finding): string {
  const sources = f.references.length ? f.references.map((r) => link(r)).join('<br>') : '<span class="muted">none</span>';
  return [
    `<article class="finding sev-${f.severity}" data-check="${esc(f.check)}">`,
    `<h5>${esc(f.title)}</h5>`,
    `<p class="meta"><code>${esc(f.check)}</code> · ${f.severity} · confidence ${f.confidence}${f.path ? ` · <code>${esc(f.path)}</code>` : ''}</p>`,
    `<dl><dt>Seen</dt><dd class="evidence">${esc(f.evidence)}</dd><dt>Next step</dt><dd>${esc(f.recommendation)}</dd><dt>Sources</dt><dd>${sources}</dd></dl>`,
    '</article>',
  ].join('');
}

function picturesPart(c: CandidateReport, anchor: string): string {
  const facts = c.facts;
  if (!facts) return '';
  const parts: string[] = [];
  if (facts.time) parts.push(`<section class="picture hours" id="${anchor}-hours"><h3>Working hours on three clocks</h3>${hoursBand(facts.time)}</section>`);
  if (facts.places.length > 0) parts.push(`<section class="picture places-part" id="${anchor}-places"><h3>Where the dossier points</h3>${placesTable(facts.places)}</section>`);
  if (facts.photos.length > 0) parts.push(`<section class="picture photos-part" id="${anchor}-photos"><h3>Photos</h3>${photoCards(facts.photos, c.findings)}</section>`);
  return parts.join('');
}

function skippedPart(c: CandidateReport, anchor: string): string {
  if (c.skipped.length === 0) return '';
  const rows = c.skipped.map((s) => `<tr><td><code>${esc(s.check)}</code></td><td>${esc(s.reason)}</td></tr>`).join('');
  // Folded: a sparse dossier skips dozens of checks, and the list would push the pictures off the screen (printing opens it).
  return `<section class="skipped" id="${anchor}-skipped"><details><summary><h3>Not judged (${c.skipped.length})</h3></summary><p class="muted">Checks that could not run on this dossier, and why: missing data is not a clean result.</p><table><tbody>${rows}</tbody></table></details></section>`;
}

function warningsPart(c: CandidateReport): string {
  if (c.warnings.length === 0) return '';
  return `<section class="warnings"><h3>Warnings</h3><ul>${c.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></section>`;
}
