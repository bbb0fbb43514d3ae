// The built-in checks: one explicit list, sorted by id. A check's id is its file name.

import type { Check } from '../types.js';
import { check as addressFreightForwarder } from './address/freight-forwarder.js';
import { check as addressMailDrop } from './address/mail-drop.js';
import { check as addressShippingChange } from './address/shipping-change.js';
import { check as addressShippingDiffers } from './address/shipping-differs.js';
import { check as addressShippingFar } from './address/shipping-far.js';
import { check as emailDisposable } from './email/disposable.js';
import { check as interviewCameraOff } from './interview/camera-off.js';
import { check as interviewLivenessFailed } from './interview/liveness-failed.js';
import { check as interviewRefusedInPerson } from './interview/refused-in-person.js';
import { check as networkManyIps } from './network/many-ips.js';
import { check as networkVpn } from './network/vpn.js';
import { check as phoneCountryMismatch } from './phone/country-mismatch.js';
import { check as phoneInvalid } from './phone/invalid.js';
import { check as phoneVoip } from './phone/voip.js';
import { check as resumeImpossibleExperience } from './resume/impossible-experience.js';
import { check as timezoneActivityMismatch } from './timezone/activity-mismatch.js';
import { check as timezoneCountryMismatch } from './timezone/country-mismatch.js';
import { check as timezoneOfferedHoursAtNight } from './timezone/offered-hours-at-night.js';
import { check as timezoneUnknownZone } from './timezone/unknown-zone.js';

export const builtinChecks: Check[] = [
  addressFreightForwarder,
  addressMailDrop,
  addressShippingChange,
  addressShippingDiffers,
  addressShippingFar,
  emailDisposable,
  interviewCameraOff,
  interviewLivenessFailed,
  interviewRefusedInPerson,
  networkManyIps,
  networkVpn,
  phoneCountryMismatch,
  phoneInvalid,
  phoneVoip,
  resumeImpossibleExperience,
  timezoneActivityMismatch,
  timezoneCountryMismatch,
  timezoneOfferedHoursAtNight,
  timezoneUnknownZone,
];
