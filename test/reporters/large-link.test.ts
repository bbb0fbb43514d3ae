// One value given by a whole sheet (an agency's office as everyone's shipping address) makes one
// link of thousands of members. Each output names the first few others and counts the rest, so
// that it grows with the rows and not with their square.

import { describe, expect, it } from 'vitest';
import type { Correlation, Origin } from '../../src/types.js';
import { sheetRows } from '../../src/reporters/sheet-table.js';
import { linkGraph } from '../../src/reporters/html/graph.js';
import { correlationRules } from '../../src/data/correlation.js';
import { candidate, report } from './report.js';

function officeRun(rows: number) {
  const candidates = Array.from({ length: rows }, (_, i) => {
    const source = `sheet.csv:${i + 1}`;
    return candidate({ source, risk: 'high', candidate: { id: `C-${i + 1}`, name: `Person ${i + 1}`, source, row: i + 1 } });
  });
  const origins: Origin[] = candidates.map((c, i) => ({ label: c.candidate.source, file: 'sheet.csv', baseDir: '/', row: i + 1, sheetRow: { sheet: 'sheet.csv', header: ['Name'], cells: [c.candidate.name] } }));
  const office: Correlation = { check: 'correlation.shared-address', kind: 'shared-address', value: '••• Austin, TX 78701, US', severity: 'high', candidates: candidates.map((c) => ({ ...c.candidate })) };
  return { ...report(candidates, origins), correlations: [office] };
}

describe('a link of every row', () => {
  const listed = correlationRules().evidence.namesListed;

  it.each([
    [2, 'shared-address (high) with row 2'],
    [listed + 1, `shared-address (high) with rows ${[2, 3, 4, 5, 6].slice(0, listed).join(', ')}`],
    [listed + 3, `shared-address (high) with rows ${[2, 3, 4, 5, 6].slice(0, listed).join(', ')} and 2 more`],
  ])('the sheet written back names at most %i others per cell: "%s"', (rows, cell) => {
    const [, first] = [...sheetRows(officeRun(rows))];
    expect(first.at(-1)).toBe(cell);
  });

  it('the last row names the first others, not itself', () => {
    const all = [...sheetRows(officeRun(listed + 3))];
    expect(all.at(-1)!.at(-1)).toBe(`shared-address (high) with rows ${[1, 2, 3, 4, 5].slice(0, listed).join(', ')} and 2 more`);
  });

  it('50,000 rows: every cell stays short', () => {
    const cells = [...sheetRows(officeRun(50_000))].slice(1).map((row) => String(row.at(-1)));
    expect(cells).toHaveLength(50_000);
    expect(Math.max(...cells.slice(0, 1000).map((c) => c.length))).toBeLessThan(100);
    expect(cells[49_999]).toMatch(/ and 49994 more$/);
  });

  it('the HTML graph draws the first 60 candidates of the group and says how many more the table lists', () => {
    const run = officeRun(1000);
    const svg = linkGraph(run.correlations, run.candidates, new Map());
    expect(svg.match(/class="node /g)).toHaveLength(60);
    expect(svg.match(/class="edge /g)).toHaveLength(60);
    expect(svg).toContain('… and 940 more candidates (all in the table below)');
  });

  it('a group small enough is drawn whole, with no line about more', () => {
    const run = officeRun(4);
    const svg = linkGraph(run.correlations, run.candidates, new Map());
    expect(svg.match(/class="node /g)).toHaveLength(4);
    expect(svg).not.toContain('more candidate');
  });
});
