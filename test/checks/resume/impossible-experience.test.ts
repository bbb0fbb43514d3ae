import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/resume/impossible-experience.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const job = (employer: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({ employer, title: 'Software Engineer', start, end, ...extra });
const resume = (fields: Record<string, unknown>) => ({ resume: fields });

// FIXED_NOW is 2026-11-26.
const cases = [
  // Claimed years beyond the technology's age.
  { name: '15 years of React (2013)', fields: resume({ skills: [{ name: 'React', years: 15 }] }), fires: 1 },
  { name: 'spelling variants of one technology', fields: resume({ skills: [{ name: 'react.js', years: 16 }, { name: 'Golang', years: 20 }] }), fires: 2 },
  { name: '8 years of LangChain (2022)', fields: resume({ skills: [{ name: 'LangChain', years: 8 }] }), fires: 1 },
  { name: '14 years of Kubernetes (2014)', fields: resume({ skills: [{ name: 'K8s', years: 14 }] }), fires: 1 },
  // Dates that run backwards.
  { name: 'a job that ends before it starts', fields: resume({ workHistory: [job('Acme', '2022-06', '2021-03')] }), fires: 1 },
  { name: 'education that ends before it starts', fields: resume({ education: [{ institution: 'State U', start: '2018', end: '2014' }] }), fires: 1 },
  // Overlapping full-time jobs.
  { name: 'two full-time jobs for two years', fields: resume({ workHistory: [job('Acme', '2019-01', '2023-01'), job('Globex', '2021-01', '2024-06')] }), fires: 1 },
  { name: 'three jobs at once', fields: resume({ workHistory: [job('A', '2020-01', '2023-01'), job('B', '2020-06', '2023-01'), job('C', '2021-01', 'present')] }), fires: 3 },
  { name: 'two current full-time jobs', fields: resume({ workHistory: [job('Acme', '2024-01', 'present'), job('Globex', '2025-01', 'Present')] }), fires: 1 },
  // Look-alikes.
  { name: '13 years of React rounds up fine', fields: resume({ skills: [{ name: 'React', years: 13 }] }), fires: 0 },
  { name: '14 years of React is a rounded-up claim', fields: resume({ skills: [{ name: 'React', years: 14 }] }), fires: 0 },
  { name: 'an unknown technology is not judged', fields: resume({ skills: [{ name: 'COBOL', years: 40 }, { name: 'Leadership', years: 30 }] }), fires: 0 },
  { name: 'a skill without years', fields: resume({ skills: [{ name: 'Rust' }] }), fires: 0 },
  { name: 'a two-month hand-over between jobs', fields: resume({ workHistory: [job('Acme', '2019-01', '2021-03'), job('Globex', '2021-01', '2024-06')] }), fires: 0 },
  { name: 'year-only dates never make an overlap on their own', fields: resume({ workHistory: [job('Acme', '2018', '2021'), job('Globex', '2021', '2024')] }), fires: 0 },
  { name: 'freelance work beside a job', fields: resume({ workHistory: [job('Acme', '2019-01', '2023-01'), job('Self-employed', '2020-01', '2023-01', { title: 'Freelance developer' })] }), fires: 0 },
  { name: 'a part-time lecturer', fields: resume({ workHistory: [job('Acme', '2019-01', '2023-01'), job('City College', '2020-01', '2022-01', { title: 'Adjunct lecturer' })] }), fires: 0 },
  { name: 'marked as not full-time', fields: resume({ workHistory: [job('Acme', '2019-01', '2023-01'), job('Globex', '2020-01', '2022-01', { fullTime: false })] }), fires: 0 },
  { name: 'consecutive jobs', fields: resume({ workHistory: [job('Acme', '2015-09', '2019-08'), job('Globex', '2019-09', 'present')] }), fires: 0 },
  { name: 'a job with no end date is not assumed current', fields: resume({ workHistory: [job('Acme', '2019-01', '2023-01'), { employer: 'Globex', start: '2020-01' }] }), fires: 0 },
];

describe('resume.impossible-experience', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('is judged against the run clock, not the wall clock', () => {
    const fields = resume({ skills: [{ name: 'LangChain', years: 4 }] });
    expect(countOf(runCheck(check, fields, { now: new Date('2024-06-01T00:00:00Z') }))).toBe(1);
    expect(countOf(runCheck(check, fields, { now: new Date('2026-06-01T00:00:00Z') }))).toBe(0);
  });

  it('a long overlap is medium, a short one low', () => {
    const long = runCheck(check, resume({ workHistory: [job('Acme', '2019-01', '2023-01'), job('Globex', '2021-01', '2024-06')] }));
    const short = runCheck(check, resume({ workHistory: [job('Acme', '2019-01', '2021-08'), job('Globex', '2021-01', '2024-06')] }));
    expect('skip' in long ? null : long[0].severity).toBe('medium');
    expect('skip' in short ? null : short.map((p) => p.severity)).toEqual(['low']);
  });

  it('names the release year and its source in the evidence', () => {
    const outcome = runCheck(check, resume({ skills: [{ name: 'Rust', years: 20 }] }));
    expect('skip' in outcome ? '' : outcome[0].evidence).toMatch(/20 years of Rust claimed; Rust was first released in 2012 \(https:\/\/en\.wikipedia\.org\/wiki\/Rust/);
  });
});
