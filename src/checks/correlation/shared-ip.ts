import type { Check } from '../../types.js';

// Found across candidates by src/correlate, not per dossier: run() is never called by the engine.
export const check: Check = {
  id: 'correlation.shared-ip',
  title: 'Login IP address shared with other candidates',
  description:
    'Laptops of a farm connect from one home connection, and remote-access tools are reached through the same relay. Private and carrier-NAT addresses are ignored; an office or university network is a benign look-alike, so two candidates stay low.',
  sources: ['fbi-psa-2024-05-16', 'mandiant-2024-09-unc5267'],
  recommendation: "Ask where each candidate connects from; check the IP's owner and whether remote-access software runs on the company laptops.",
  severity: 'low',
  confidence: 'low',
  needs: ['network.ipAddresses|network.logins'],
  run: () => [],
};
