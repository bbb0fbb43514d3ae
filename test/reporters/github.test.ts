import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';
import { data, github, property } from '../../src/reporters/github.js';
import { candidate, finding, HOSTILE, report } from './report.js';

describe('--format github', () => {
  it('annotates each finding on its file and line, and the failing candidate on its file', () => {
    const run = vetCli(['fixtures/ci/onboarding', '--format', 'github']);
    // A folder lists only its own *.json: team-a and team-b are subfolders, so use the glob form below.
    expect(run.code).toBe(2);
    const glob = vetCli(['fixtures/ci/onboarding/**/*.json', '--format', 'github']);
    expect(glob.code).toBe(1);
    const lines = glob.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^::error file=fixtures\/ci\/onboarding\/team-a\/liveness\.json,title=vet%3A high risk \(failing grade high\)::Jordan Ellis \(ONB-002\): high, score 50/),
      expect.stringMatching(/^::error file=fixtures\/ci\/onboarding\/team-a\/liveness\.json,line=6,title=interview\.liveness-failed%3A .+::Jordan Ellis \(ONB-002\): liveness check failed%0ANext: /),
      expect.stringMatching(/^::warning file=fixtures\/ci\/onboarding\/team-b\/camera\.json,line=5,title=interview\.camera-off%3A /),
    ]);
  });

  it('escapes % CR LF in messages and also : , in properties', () => {
    expect(data('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(property('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('never lets a dossier start a command of its own or end a property', () => {
    const hostile = candidate({ name: HOSTILE, risk: 'high', findings: [finding({ evidence: HOSTILE, title: 'x, y: z' })] });
    const origin = { label: 'a,b:c.json', file: 'a,b:c.json', baseDir: '/', lines: { '$.interview.cameraOff': 9 } };
    const out = github(report([hostile], [origin]), { color: false, failOn: 'high' }) as string;
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2); // the grade and the finding: nothing else became a line
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=a%2Cb%3Ac\.json,/);
    expect(lines[1]).toContain('title=interview.camera-off%3A x%2C y%3A z::');
    expect(lines[1]).toContain('%0A::error::pwned %250A 50%25 a,b:c');
  });

  it('prints nothing when there is nothing to say', () => {
    expect(github(report([candidate({ risk: 'low', findings: [] })]), { color: false, failOn: 'high' })).toBe('');
  });
});
