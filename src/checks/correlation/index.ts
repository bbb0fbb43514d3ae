// Correlation kinds described as checks, so `vet checks` and `vet explain` list them.
// They are not in builtinChecks: the engine does not run them per dossier; src/correlate does, across candidates.

import type { Check } from '../../types.js';
import { check as referredByFlagged } from './referred-by-flagged.js';
import { check as sharedAddress } from './shared-address.js';
import { check as sharedBankAccount } from './shared-bank-account.js';
import { check as sharedCryptoWallet } from './shared-crypto-wallet.js';
import { check as sharedEmail } from './shared-email.js';
import { check as sharedIp } from './shared-ip.js';
import { check as sharedPhone } from './shared-phone.js';
import { check as sharedPhoto } from './shared-photo.js';
import { check as sharedProfile } from './shared-profile.js';
import { check as similarResume } from './similar-resume.js';

export const correlationChecks: Check[] = [
  referredByFlagged,
  sharedAddress,
  sharedBankAccount,
  sharedCryptoWallet,
  sharedEmail,
  sharedIp,
  sharedPhone,
  sharedPhoto,
  sharedProfile,
  similarResume,
];
