// `--format html --output report.html`: one self-contained page for the people a recruiter
// escalates to. One candidate: grade and reason, findings, pictures. A batch: a sortable table and
// the links between candidates as a graph. Styles and script are inline and allowed by hash in a
// Content-Security-Policy that forbids every fetch, so the page works offline and an escaping
// mistake still could not run a script or load a tracking pixel.

import { createHash } from 'node:crypto';
import type { CandidateReport, Reporter, RunReport } from '../types.js';
import { esc } from './html/escape.js';
import { STYLE, SCRIPT } from './html/assets.js';
import { candidateBody, candidateName, where } from './html/candidate.js';
import { candidatesTable, linksPart, summaryLine } from './html/batch.js';

/** A sheet of thousands would make a page nobody scrolls: past this, only candidates above low get a section. */
const DETAIL_ALL_UP_TO = 100;

export const html: Reporter = (report) => {
  const single = report.candidates.length === 1 && report.rejected.length === 0;
  const title = single ? `vet: ${report.candidates[0].candidate.name} (${report.candidates[0].risk})` : `vet: ${report.candidates.length + report.rejected.length} candidates`;
  return page(title, single ? singleBody(report) : batchBody(report), footer(report));
};

function singleBody(report: RunReport): string {
  const c = report.candidates[0];
  const anchors = new Map([[0, 'c0']]);
  return [
    `<header class="page"><h1>${candidateName(c)}</h1><p>${esc(where(c.candidate))}</p></header>`,
    `<main><section class="candidate" id="c0">${candidateBody(c, 'c0')}</section>`,
    linksPart(report, anchors),
    '</main>',
  ].join('');
}

function batchBody(report: RunReport): string {
  const detailed = report.candidates.flatMap((c, at) => (report.candidates.length <= DETAIL_ALL_UP_TO || c.risk !== 'low' ? [at] : []));
  const anchors = new Map(detailed.map((at) => [at, `c${at}`]));
  const omitted = report.candidates.length - detailed.length;
  return [
    `<header class="page"><h1>vet report: ${report.candidates.length + report.rejected.length} candidates</h1>${summaryLine(report)}</header>`,
    '<main>',
    `<section id="overview"><h2>Candidates</h2>${candidatesTable(report, anchors)}</section>`,
    linksPart(report, anchors),
    `<section id="details"><h2>Findings by candidate</h2>`,
    omitted > 0 ? `<p class="muted">${omitted} candidates graded low are in the table only.</p>` : '',
    detailed.map((at) => candidateDetails(report.candidates[at], anchors.get(at)!)).join(''),
    '</section></main>',
  ].join('');
}

function candidateDetails(c: CandidateReport, anchor: string): string {
  const open = c.risk === 'high' || c.risk === 'critical' ? ' open' : '';
  return `<details class="candidate" id="${anchor}"${open}><summary>${candidateName(c)} <span class="badge risk-${c.risk}">${c.risk}</span> <span class="muted">${esc(where(c.candidate))}</span></summary>${candidateBody(c, anchor)}</details>`;
}

function footer(report: RunReport): string {
  const data = report.data.length ? `<p>Screened against: ${report.data.map(esc).join('; ')}.</p>` : '';
  return [
    '<footer class="page">',
    data,
    `<p>vet ${esc(report.vet.version)}. Signals, not verdicts: each grade follows from the findings listed, each finding names what was seen and its public source. Personal data is masked as in every vet report.</p>`,
    '</footer>',
  ].join('');
}

function page(title: string, body: string, foot: string): string {
  // Nothing may be fetched: no default source, images only as data URLs, style and script only these two blocks.
  const policy = [
    "default-src 'none'",
    'img-src data:',
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(SCRIPT)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body>',
    body,
    foot,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
