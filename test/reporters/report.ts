// A small RunReport built by hand, for testing reporters as the pure functions they are.

import type { CandidateReport, Finding, Origin, RunReport } from '../../src/types.js';

export function finding(fields: Partial<Finding> = {}): Finding {
  return {
    check: 'interview.camera-off',
    severity: 'medium',
    confidence: 'low',
    title: 'Candidate kept the camera off in the interview',
    evidence: 'interviewer attested that the camera stayed off',
    path: '$.interview.cameraOff',
    references: ['https://www.ic3.gov/PSA/2023/PSA231018'],
    recommendation: 'Hold a short follow-up call with the camera on.',
    ...fields,
  };
}

export function candidate(fields: Partial<CandidateReport> & { name?: string; source?: string } = {}): CandidateReport {
  const { name = 'Sam Lee', source = 'onboarding/sam.json', ...rest } = fields;
  return {
    schemaVersion: 1,
    candidate: { id: 'ONB-3', name, source },
    risk: 'medium',
    score: 20,
    reason: 'medium, score 20: 1 medium signal in 1 independent group, strongest interview.camera-off',
    findings: [finding()],
    skipped: [],
    warnings: [],
    ...rest,
  };
}

export function report(candidates: CandidateReport[], origins?: Origin[], rejected: RunReport['rejected'] = []): RunReport {
  return {
    schemaVersion: 1,
    vet: { version: '1.2.3' },
    candidates,
    rejected,
    order: [...candidates.map((_, at) => ({ kind: 'candidate' as const, at })), ...rejected.map((_, at) => ({ kind: 'rejected' as const, at }))],
    correlations: [],
    data: [],
    ...(origins && { origins: { candidates: origins, rejected: rejected.map((r) => ({ label: r.source, file: r.source, baseDir: '/' })) } }),
  };
}

/** The dossier strings a hostile candidate would choose: markup, commands, mentions, controls. */
export const HOSTILE = 'Eve | <script>alert(1)</script> & "q" \'s\n::error::pwned %0A 50% a,b:c @octocat [x](https://evil.example) *b* `c` \u0007\u001b[31m';
