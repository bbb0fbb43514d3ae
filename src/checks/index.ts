// The built-in checks: one explicit list, sorted by id. A check's id is its file name.

import type { Check } from '../types.js';
import { check as emailDisposable } from './email/disposable.js';
import { check as interviewCameraOff } from './interview/camera-off.js';
import { check as interviewLivenessFailed } from './interview/liveness-failed.js';
import { check as interviewRefusedInPerson } from './interview/refused-in-person.js';
import { check as networkManyIps } from './network/many-ips.js';
import { check as networkVpn } from './network/vpn.js';
import { check as resumeImpossibleExperience } from './resume/impossible-experience.js';
import { check as timezoneActivityMismatch } from './timezone/activity-mismatch.js';
import { check as timezoneCountryMismatch } from './timezone/country-mismatch.js';
import { check as timezoneOfferedHoursAtNight } from './timezone/offered-hours-at-night.js';
import { check as timezoneUnknownZone } from './timezone/unknown-zone.js';

export const builtinChecks: Check[] = [
  emailDisposable,
  interviewCameraOff,
  interviewLivenessFailed,
  interviewRefusedInPerson,
  networkManyIps,
  networkVpn,
  resumeImpossibleExperience,
  timezoneActivityMismatch,
  timezoneCountryMismatch,
  timezoneOfferedHoursAtNight,
  timezoneUnknownZone,
];
