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
  // Claimed in the resume's words.
  { name: 'text: 15+ years of Kubernetes', fields: resume({ text: 'Senior DevOps engineer with 15+ years of Kubernetes and Terraform.' }), fires: 1 },
  { name: 'text: years of experience with a technology', fields: resume({ text: 'I have 15 years of professional experience with Solidity.' }), fires: 1 },
  { name: 'text: a technology and its years', fields: resume({ text: 'Skills\nReact (12 years), Node.js (12 years), LangChain - 6 yrs' }), fires: 1 },
  { name: 'text: the same claim twice is one finding', fields: resume({ text: '20 years of Rust. Rust: 20 years.' }), fires: 1 },
  // Look-alikes.
  { name: 'text: years of work in general, a technology after', fields: resume({ text: '15 years of experience, including Kubernetes and Docker since they came out.' }), fires: 0 },
  { name: 'text: years of experience in a field with a technology', fields: resume({ text: '20 years of experience in software engineering with Go and Rust' }), fires: 0 },
  { name: 'text: years ago, go-live', fields: resume({ text: 'Moved to backend 5 years ago; 12 years of go-live support and 30 years in government IT.' }), fires: 0 },
  { name: 'text: a possible claim', fields: resume({ text: '10+ years of React, 8 years with Kubernetes, Java (25 years)' }), fires: 0 },
  { name: 'text: a structured skill is judged once, not again from the text', fields: resume({ skills: [{ name: 'React', years: 15 }], text: '15 years of React' }), fires: 1 },
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

describe('resume.impossible-experience in the resume text', () => {
  it('quotes the claim as written and says how old the technology is', () => {
    const outcome = runCheck(check, { resume: { text: 'Summary: 15+ years of hands-on experience with Kubernetes.' } });
    expect('skip' in outcome ? [] : outcome.map((p) => [p.path, p.evidence])).toEqual([
      ['$.resume', 'resume says "15+ years of hands-on experience with Kubernetes"; Kubernetes was first released in 2014 (https://en.wikipedia.org/wiki/Kubernetes), at most 12 years ago'],
    ]);
  });
});
