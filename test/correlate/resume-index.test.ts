import { describe, expect, it, vi } from 'vitest';
import { ResumeIndex } from '../../src/correlate/resume-index.js';
import { resumeSignature, similarity } from '../../src/correlate/minhash.js';

// Texts whose shingle overlap is known by construction: `shared` words in common, the rest each their own.
const vocabulary = (seed: number, count: number) => Array.from({ length: count }, (_, i) => `s${seed}w${i}`);
function pair(shared: number, own: number): [string, string] {
  const common = vocabulary(0, shared);
  return [[...common, ...vocabulary(1, own)].join(' '), [...common, ...vocabulary(2, own)].join(' ')];
}

const member = (n: number) => ({ member: n, path: '$.resume.text' });

describe('ResumeIndex', () => {
  it('estimates similarity from 16-bit values as the full 32-bit MinHash values do', () => {
    for (const [shared, own] of [[199, 1], [150, 50], [100, 100], [60, 140], [10, 190]]) {
      const [a, b] = pair(shared, own);
      const index = new ResumeIndex(2); // a threshold nothing reaches: only the estimates are read
      index.add(member(0), resumeSignature(a)!);
      index.add(member(1), resumeSignature(b)!);
      const full = similarity(resumeSignature(a)!, resumeSignature(b)!);
      // The same 80 MinHash values; the low 16 bits agree by chance once in 65,536.
      expect(Math.abs(index.similarity(0, 1) - full), `${shared} shared`).toBeLessThan(0.02);
    }
  });

  it('links resumes at or above the threshold and not below it', () => {
    const [near, nearCopy] = pair(190, 10); // Jaccard about 0.9
    const [far, farOther] = pair(40, 160); // about 0.1
    const index = new ResumeIndex(0.6);
    [near, nearCopy, far, farOther].forEach((text, n) => index.add(member(n), resumeSignature(text)!));
    const groups = index.groups().map((g) => g.map((m) => m.member)).filter((g) => g.length > 1);
    expect(groups).toEqual([[0, 1]]);
  });

  it('a boilerplate 2,000 rows start from, each with words of its own, is one group found in linear work', () => {
    // Every such resume lands in the same band buckets. Compared with all before it, 2,000 rows
    // are two million comparisons; joined once to the group, the rest of it needs none.
    const boilerplate = vocabulary(0, 150);
    const index = new ResumeIndex(0.6);
    const compared = vi.spyOn(index, 'similarity');
    for (let n = 0; n < 2000; n++) index.add(member(n), resumeSignature([...boilerplate, ...vocabulary(n + 10, 5)].join(' '))!);
    const [apart] = pair(20, 180);
    index.add(member(2000), resumeSignature(apart)!);
    const groups = index.groups().map((g) => g.map((m) => m.member));
    expect(groups.find((g) => g.length > 1)!.sort((a, b) => a - b)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
    expect(groups.filter((g) => g.length > 1)).toHaveLength(1);
    expect(compared.mock.calls.length).toBeLessThan(5 * 2000);
  });

  it('a pair copied from each other among the boilerplate rows still links to the group', () => {
    const boilerplate = vocabulary(0, 150);
    const index = new ResumeIndex(0.6);
    for (let n = 0; n < 300; n++) index.add(member(n), resumeSignature([...boilerplate, ...vocabulary(n + 10, 5)].join(' '))!);
    index.add(member(300), resumeSignature([...boilerplate, ...vocabulary(9, 5)].join(' '))!);
    expect(index.groups().find((g) => g.length > 1)!.map((m) => m.member)).toContain(300);
  });

  it('keeps one copy of a signature sent by many rows, and names every one of them', () => {
    const [text] = pair(150, 0);
    const index = new ResumeIndex(0.6);
    for (let n = 0; n < 1000; n++) index.add({ member: n, path: n % 2 ? '$.resume.file' : '$.resume.text' }, resumeSignature(text)!);
    const [group] = index.groups();
    expect(index.groups()).toHaveLength(1);
    expect(group.map((m) => m.member)).toEqual([...Array(1000).keys()]);
    expect(group[1].path).toBe('$.resume.file');
  });
});
