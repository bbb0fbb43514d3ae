// A sheet may hold up to its row limit (rules/sheet-columns.json, 200,000 rows): every format must
// render a run that large. A call spread over the rows (`Math.max(...rows)`) throws a RangeError
// past about 125,000 arguments, after the whole sheet has been checked.

import { describe, expect, it } from 'vitest';
import type { Origin, Reporter, RunReport } from '../../src/types.js';
import { lazyReporters, pieceReporters, reporters } from '../../src/reporters/index.js';
import { sheetColumns } from '../../src/data/sheet-columns.js';
import { candidate, report } from './report.js';

function sheetRun(rows: number): RunReport {
  const candidates = Array.from({ length: rows }, (_, i) => {
    const source = `sheet.csv:${i + 1}`;
    return candidate({ source, candidate: { id: `C-${i + 1}`, name: `Person ${i + 1}`, source, row: i + 1 } });
  });
  const origins: Origin[] = candidates.map((c, i) => ({ label: c.candidate.source, file: 'sheet.csv', baseDir: '/', row: i + 1, sheetRow: { sheet: 'sheet.csv', header: ['Name'], cells: [c.candidate.name] } }));
  return report(candidates, origins);
}

/** The whole output's length, from the pieces where the format writes them a piece at a time. */
async function renderedLength(format: string, run: RunReport): Promise<number> {
  const pieces = pieceReporters[format];
  if (pieces) {
    let length = 0;
    for (const piece of (await pieces())(run)) length += piece.length;
    return length;
  }
  const reporter: Reporter = reporters[format] ?? (await lazyReporters[format]());
  return (await reporter(run, { color: false, failOn: 'high' })).length;
}

describe('every format renders a sheet at the row limit', () => {
  const rows = sheetColumns().limits.maxRows;
  const run = sheetRun(rows);
  const formats = [...Object.keys(reporters), ...Object.keys(lazyReporters)];

  it.each(formats)('%s', async (format) => {
    // Each row's name is in every format's output.
    expect(await renderedLength(format, run)).toBeGreaterThan(rows * 'Person 1'.length);
  }, 120_000);
});
