// The built-in checks: one explicit list, sorted by id. A check's id is its file name.

import type { Check } from '../types.js';
import { check as addressFreightForwarder } from './address/freight-forwarder.js';
import { check as addressMailDrop } from './address/mail-drop.js';
import { check as addressShippingChange } from './address/shipping-change.js';
import { check as addressShippingDiffers } from './address/shipping-differs.js';
import { check as addressShippingFar } from './address/shipping-far.js';
import { check as correlationKnownBad } from './correlation/known-bad.js';
import { check as correlationSeenBefore } from './correlation/seen-before.js';
import { check as emailDisposable } from './email/disposable.js';
import { check as identityNameMismatch } from './identity/name-mismatch.js';
import { check as identitySanctionsMatch } from './identity/sanctions-match.js';
import { check as interviewCameraOff } from './interview/camera-off.js';
import { check as interviewLivenessFailed } from './interview/liveness-failed.js';
import { check as interviewRefusedInPerson } from './interview/refused-in-person.js';
import { check as networkDprkIp } from './network/dprk-ip.js';
import { check as networkLocationMismatch } from './network/location-mismatch.js';
import { check as networkManyIps } from './network/many-ips.js';
import { check as networkVpn } from './network/vpn.js';
import { check as paymentBankCountry } from './payment/bank-country.js';
import { check as paymentHolderMismatch } from './payment/holder-mismatch.js';
import { check as paymentInvalidDetails } from './payment/invalid-details.js';
import { check as paymentMethodRisk } from './payment/method-risk.js';
import { check as paymentSanctionedParty } from './payment/sanctioned-party.js';
import { check as paymentSanctionedWallet } from './payment/sanctioned-wallet.js';
import { check as phoneCountryMismatch } from './phone/country-mismatch.js';
import { check as phoneInvalid } from './phone/invalid.js';
import { check as phoneVoip } from './phone/voip.js';
import { check as photoAiGenerated } from './photo/ai-generated.js';
import { check as photoEdited } from './photo/edited.js';
import { check as photoLocationMismatch } from './photo/location-mismatch.js';
import { check as photoNoCameraData } from './photo/no-camera-data.js';
import { check as photoSameImage } from './photo/same-image.js';
import { check as photoThumbnailMismatch } from './photo/thumbnail-mismatch.js';
import { check as photoUnreadable } from './photo/unreadable.js';
import { check as profileGithubAccountAge } from './profile/github-account-age.js';
import { check as profileGithubCommitOffsets } from './profile/github-commit-offsets.js';
import { check as profileGithubCreatedAfterCommits } from './profile/github-created-after-commits.js';
import { check as profileInvalidUrl } from './profile/invalid-url.js';
import { check as profileNameMismatch } from './profile/name-mismatch.js';
import { check as profileThin } from './profile/thin.js';
import { check as profileYoungAccount } from './profile/young-account.js';
import { check as referenceFreeMail } from './reference/free-mail.js';
import { check as referenceReusedContact } from './reference/reused-contact.js';
import { check as referenceSelfContact } from './reference/self-contact.js';
import { check as resumeContactMismatch } from './resume/contact-mismatch.js';
import { check as resumeImpossibleExperience } from './resume/impossible-experience.js';
import { check as resumeLocationMismatch } from './resume/location-mismatch.js';
import { check as resumeTemplateText } from './resume/template-text.js';
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
  correlationKnownBad,
  correlationSeenBefore,
  emailDisposable,
  identityNameMismatch,
  identitySanctionsMatch,
  interviewCameraOff,
  interviewLivenessFailed,
  interviewRefusedInPerson,
  networkDprkIp,
  networkLocationMismatch,
  networkManyIps,
  networkVpn,
  paymentBankCountry,
  paymentHolderMismatch,
  paymentInvalidDetails,
  paymentMethodRisk,
  paymentSanctionedParty,
  paymentSanctionedWallet,
  phoneCountryMismatch,
  phoneInvalid,
  phoneVoip,
  photoAiGenerated,
  photoEdited,
  photoLocationMismatch,
  photoNoCameraData,
  photoSameImage,
  photoThumbnailMismatch,
  photoUnreadable,
  profileGithubAccountAge,
  profileGithubCommitOffsets,
  profileGithubCreatedAfterCommits,
  profileInvalidUrl,
  profileNameMismatch,
  profileThin,
  profileYoungAccount,
  referenceFreeMail,
  referenceReusedContact,
  referenceSelfContact,
  resumeContactMismatch,
  resumeImpossibleExperience,
  resumeLocationMismatch,
  resumeTemplateText,
  timezoneActivityMismatch,
  timezoneCountryMismatch,
  timezoneOfferedHoursAtNight,
  timezoneUnknownZone,
];
