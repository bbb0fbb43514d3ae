// The links between candidates as a picture: shared values on the left, candidates on the right,
// one block per connected group. Four names wired to one shipping address read as a fan at a
// glance. The layout is computed, not simulated: the same report always draws the same picture.

import type { CandidateReport, Correlation, Risk, Severity } from '../../types.js';
import { esc, truncate } from './escape.js';
import { pushTo } from '../../util/collections.js';

type Member = Correlation['candidates'][number];

interface CandidateNode {
  key: string;
  label: string;
  /** Grade when the candidate is in this run; history sightings have none. */
  risk?: Risk;
  /** Anchor of the candidate's section, when the page has one. */
  anchor?: string;
  seenAt?: string;
}

interface Group {
  links: number[];
  members: string[];
}

const ROW = 30;
const GAP = 22;
const VALUE_X = 330;
const CANDIDATE_X = 590;
const WIDTH = 900;
/** A sheet of thousands can link hundreds of groups: the picture keeps the largest, the table below lists all. */
const MAX_GROUPS = 60;
/** Shared values, and candidates, drawn per group at most: one value given by a whole sheet is a fan of thousands of edges. */
const MAX_DRAWN = 60;

export function memberKey(m: { source: string; row?: number; id?: string; seenAt?: string }): string {
  return JSON.stringify([m.source, m.row ?? null, m.seenAt ?? null, m.seenAt ? (m.id ?? null) : null]);
}

export function linkGraph(correlations: Correlation[], candidates: CandidateReport[], anchors: Map<number, string>): string {
  const nodes = candidateNodes(correlations, candidates, anchors);
  const groups = connectedGroups(correlations).slice(0, MAX_GROUPS);
  let y = 16;
  const parts: string[] = [];
  for (const group of groups) {
    const drawn = drawGroup(group, correlations, nodes, y);
    parts.push(drawn.svg);
    y = drawn.bottom + GAP;
  }
  const left = connectedGroups(correlations).length - groups.length;
  const more = left > 0 ? `<p class="muted">${left} smaller group${left === 1 ? '' : 's'} not drawn; every link is in the table below.</p>` : '';
  return [
    `<figure class="graph"><svg viewBox="0 0 ${WIDTH} ${y}" role="img" aria-label="Shared values and the candidates they link">`,
    `<text class="col-head" x="${VALUE_X}" y="10" text-anchor="end">shared value</text><text class="col-head" x="${CANDIDATE_X}" y="10">candidate</text>`,
    parts.join(''),
    `</svg>${more}</figure>`,
  ].join('');
}

function candidateNodes(correlations: Correlation[], candidates: CandidateReport[], anchors: Map<number, string>): Map<string, CandidateNode> {
  const inRun = new Map(candidates.map((c, i) => [memberKey(c.candidate), i] as const));
  const nodes = new Map<string, CandidateNode>();
  for (const link of correlations) {
    for (const m of link.candidates) {
      const key = memberKey(m);
      if (nodes.has(key)) continue;
      const at = m.seenAt ? undefined : inRun.get(key);
      nodes.set(key, {
        key,
        label: memberLabel(m),
        ...(at !== undefined && { risk: candidates[at].risk, ...(anchors.has(at) && { anchor: anchors.get(at) }) }),
        ...(m.seenAt && { seenAt: m.seenAt }),
      });
    }
  }
  return nodes;
}

function memberLabel(m: Member): string {
  const where = m.row !== undefined ? `row ${m.row}` : m.source;
  const when = m.seenAt ? `, seen ${m.seenAt}` : '';
  return `${m.name}${m.id ? ` (${m.id})` : ''} · ${where}${when}`;
}

/** Links that share a candidate belong to one group; largest groups first, then input order. */
export function connectedGroups(correlations: Correlation[]): Group[] {
  const parent = correlations.map((_, i) => i);
  // Iterative, halving paths: thousands of links can chain into one group.
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const firstLink = new Map<string, number>();
  correlations.forEach((link, i) => {
    for (const m of link.candidates) {
      const key = memberKey(m);
      const seen = firstLink.get(key);
      if (seen === undefined) firstLink.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const byRoot = new Map<number, { links: number[]; members: Set<string> }>();
  correlations.forEach((link, i) => {
    const root = find(i);
    const group = byRoot.get(root) ?? { links: [], members: new Set<string>() };
    group.links.push(i);
    for (const m of link.candidates) group.members.add(memberKey(m));
    byRoot.set(root, group);
  });
  return [...byRoot.values()].map(({ links, members }) => ({ links, members: [...members] })).sort((a, b) => b.members.length - a.members.length || a.links[0] - b.links[0]);
}

function drawGroup(group: Group, correlations: Correlation[], nodes: Map<string, CandidateNode>, top: number): { svg: string; bottom: number } {
  const drawnLinks = group.links.slice(0, MAX_DRAWN);
  // Each member's positions among the drawn links, in one pass over them: a group may hold every row of a sheet.
  const positions = new Map<string, number[]>();
  drawnLinks.forEach((l, li) => {
    for (const m of correlations[l].candidates) pushTo(positions, memberKey(m), li);
  });
  // Candidates sorted by the mean position of their links, so edges cross as little as a column layout allows.
  const order = group.members
    .flatMap((key, i) => {
      const at = positions.get(key);
      return at ? [{ key, i, at: at.reduce((a, b) => a + b, 0) / at.length }] : [];
    })
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .slice(0, MAX_DRAWN);
  const height = Math.max(drawnLinks.length, order.length) * ROW;
  const valueY = (i: number) => top + ((i + 0.5) * height) / drawnLinks.length;
  const candidateY = new Map(order.map(({ key }, i) => [key, top + ((i + 0.5) * height) / order.length]));

  const edges: string[] = [];
  const values: string[] = [];
  drawnLinks.forEach((l, li) => {
    const link = correlations[l];
    const y1 = valueY(li);
    for (const m of link.candidates) {
      const y2 = candidateY.get(memberKey(m));
      if (y2 === undefined) continue; // a member past the ones drawn
      edges.push(`<path class="edge sev-${link.severity}" d="M${VALUE_X} ${y1.toFixed(1)} C${VALUE_X + 110} ${y1.toFixed(1)} ${CANDIDATE_X - 110} ${y2.toFixed(1)} ${CANDIDATE_X} ${y2.toFixed(1)}"/>`);
    }
    values.push(valueNode(link, y1));
  });
  const people = order.map(({ key }) => candidateNode(nodes.get(key)!, candidateY.get(key)!));
  const left = notDrawn(group.links.length - drawnLinks.length, group.members.length - order.length, top + height + 14);
  const bottom = top + height + (left ? 20 : 0);
  const frame = `<rect class="group" x="4" y="${top - 8}" width="${WIDTH - 8}" height="${bottom - top + 16}" rx="6"/>`;
  return { svg: `<g class="cluster">${frame}${edges.join('')}${values.join('')}${people.join('')}${left}</g>`, bottom: bottom + 8 };
}

/** A line under a group drawn in part: how many shared values and candidates were left out. */
function notDrawn(links: number, members: number, y: number): string {
  const parts = [links > 0 && `${links} more shared value${links === 1 ? '' : 's'}`, members > 0 && `${members} more candidate${members === 1 ? '' : 's'}`].filter(Boolean);
  return parts.length ? `<text class="more" x="${CANDIDATE_X}" y="${y}">… and ${parts.join(', ')} (all in the table below)</text>` : '';
}

function valueNode(link: Correlation, y: number): string {
  const label = `${link.kind}: ${link.value}`;
  return [
    `<g class="value sev-${link.severity as Severity}"><title>${esc(`${label} (${link.candidates.length} candidates, ${link.severity})`)}</title>`,
    `<rect x="${VALUE_X - 6}" y="${(y - 6).toFixed(1)}" width="12" height="12" rx="2"/>`,
    `<text x="${VALUE_X - 12}" y="${(y + 4).toFixed(1)}" text-anchor="end">${esc(truncate(label, 48))}</text></g>`,
  ].join('');
}

function candidateNode(node: CandidateNode, y: number): string {
  const cls = node.risk ? `risk-${node.risk}` : 'history';
  const grade = node.risk ? ` ${node.risk.toUpperCase()}` : ' earlier run';
  const text = `<text x="${CANDIDATE_X + 12}" y="${(y + 4).toFixed(1)}">${esc(truncate(node.label, 36))}<tspan class="node-grade">${grade}</tspan></text>`;
  const body = `<title>${esc(node.label)}</title><circle cx="${CANDIDATE_X}" cy="${y.toFixed(1)}" r="7"/>${text}`;
  // The anchor is an id the reporter made (`c3`), never a dossier string.
  return node.anchor ? `<a class="node ${cls}" href="#${node.anchor}">${body}</a>` : `<g class="node ${cls}">${body}</g>`;
}
