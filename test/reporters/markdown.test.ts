import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';
import { markdown, md } from '../../src/reporters/markdown.js';
import { candidate, finding, HOSTILE, report } from './report.js';

describe('--format markdown', () => {
  it('summarises the run, lists candidates in input order and opens the failing ones', () => {
    const run = vetCli(['fixtures/ci/onboarding/**/*.json', '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^## vet: 3 candidates \(1 high, 1 medium, 1 low\) · ❌ 1 at or above high\n/);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('| **'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| **Jordan Ellis** (ONB-002)', '| **Maria Gonzalez** (ONB-001)', '| **Sam Lee** (ONB-003)']);
    expect(run.stdout).toContain('<details open><summary><b>Jordan Ellis</b> (ONB-002): 🟧 HIGH, score 50, 1 finding</summary>');
    expect(run.stdout).toContain('<details><summary><b>Sam Lee</b> (ONB-003)');
  });

  it('keeps a hostile dossier from breaking the table, injecting HTML or links, or mentioning anyone', () => {
    const out = markdown(report([candidate({ name: HOSTILE, findings: [finding({ evidence: HOSTILE })] })]), { color: false, failOn: 'high' }) as string;
    const rows = out.split('\n').filter((l) => l.startsWith('| '));
    // Every row of each table has the same number of unescaped cell separators as its header.
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
    expect(out).not.toMatch(/<script|\n::error|@octocat/);
    // Markdown is parsed outside HTML blocks only: there, no link may survive.
    const markdownLines = out.split('\n').filter((l) => !l.startsWith('<details'));
    expect(markdownLines.join('\n')).not.toContain('](https://evil');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('@\u200boctocat');
    expect(out).not.toMatch(/[\u0007\u001b]/);
  });

  it('escapes one line of inline Markdown', () => {
    expect(md('a|b *c* [d](e) <i> & `f` $x$ \\ #1\nnext')).toBe('a\\|b \\*c\\* \\[d\\]\\(e\\) &lt;i&gt; &amp; \\`f\\` \\$x\\$ \\\\ \\#1 next');
  });
});
