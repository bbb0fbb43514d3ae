import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-address',
  title: 'Address shared with other candidates',
  description:
    'Laptop farms receive the company laptops of many remote hires at one house: one facilitator received more than 90 laptops for 68 stolen identities. The same shipping or home address under several names is the pattern. Medium for two or three candidates, high from four; a household (everyone lives there) stays at most medium.',
  sources: ['doj-2024-05-16-chapman', 'doj-2024-08-08-knoot', 'fbi-psa-2024-05-16'],
  recommendation: 'Check who lives at the address (a family or flatmates is common), ship equipment only to the address on the verified ID, and ask each candidate on camera about the others.',
  severity: 'medium',
  confidence: 'high',
  needs: ['addresses.shipping|addresses.home|addresses.shippingChanges'],
  run: () => [],
};
