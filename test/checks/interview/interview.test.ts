import { describe, expect, it } from 'vitest';
import { check as cameraOff } from '../../../src/checks/interview/camera-off.js';
import { check as liveness } from '../../../src/checks/interview/liveness-failed.js';
import { check as refusedInPerson } from '../../../src/checks/interview/refused-in-person.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const cases = [
  // check, fields, expected number of problems
  { check: cameraOff, fields: { interview: { cameraOff: true } }, fires: 1 },
  { check: cameraOff, fields: { interview: { cameraOff: false } }, fires: 0 },
  { check: liveness, fields: { interview: { liveness: 'failed' } }, fires: 1 },
  { check: liveness, fields: { interview: { liveness: 'refused' } }, fires: 1 },
  { check: liveness, fields: { interview: { liveness: 'passed' } }, fires: 0 },
  { check: refusedInPerson, fields: { interview: { refusedInPerson: true } }, fires: 1 },
  { check: refusedInPerson, fields: { interview: { refusedInPerson: false } }, fires: 0 },
];

describe('interview.*', () => {
  it.each(cases)('$check.id on $fields.interview -> $fires', ({ check, fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('a failed liveness check is high, a refusal medium', () => {
    const failed = runCheck(liveness, { interview: { liveness: 'failed' } });
    const refused = runCheck(liveness, { interview: { liveness: 'refused' } });
    expect('skip' in failed ? null : failed[0].severity).toBe('high');
    expect('skip' in refused ? null : refused[0].severity).toBe('medium');
  });
});
