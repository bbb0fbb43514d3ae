// The built-in checks: one explicit list, sorted by id. A check's id is its file name.

import type { Check } from '../types.js';
import { check as emailDisposable } from './email/disposable.js';
import { check as interviewCameraOff } from './interview/camera-off.js';
import { check as interviewLivenessFailed } from './interview/liveness-failed.js';
import { check as interviewRefusedInPerson } from './interview/refused-in-person.js';
import { check as resumeImpossibleExperience } from './resume/impossible-experience.js';

export const builtinChecks: Check[] = [
  emailDisposable,
  interviewCameraOff,
  interviewLivenessFailed,
  interviewRefusedInPerson,
  resumeImpossibleExperience,
];
