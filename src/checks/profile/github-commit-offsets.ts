import type { Check } from '../../types.js';
import { locationZone, zonesOfCountry } from '../../data/timezones.js';
import { offsetAt } from '../../util/tz.js';

export const check: Check = {
  id: 'profile.github-commit-offsets',
  title: "GitHub commits made on a clock in another time zone than the claimed home",
  description:
    "Git records the UTC offset of the author's clock in every commit. Public reporting on North Korean IT workers notes commits made at UTC+8/+9 from personas claiming to live in the Americas or Europe. Offsets come from the patch form of recent public commits (GitHub API, --online); travel and servers set to UTC are benign causes.",
  sources: ['mandiant-2024-09-unc5267', 'fbi-psa-2023-10-18', 'github-rest-commits'],
  recommendation: 'Ask the candidate where and when they usually work; compare with the hours they offer and confirm location on a live, camera-on call.',
  severity: 'low',
  confidence: 'medium',
  needs: ['profiles', 'location.timezone|location.country'],
  online: true,
  run({ dossier, gathered }) {
    const online = gathered.online;
    if (!online) return { skip: 'needs --online' };
    const github = online.github;
    if (!github) return { skip: online.failed?.github ?? 'no GitHub profile was looked up' };
    const usable = github.commits.filter((c) => c.offset !== '+0000');
    if (usable.length === 0) return { skip: 'no public commit with a local time zone offset' };
    // A zone vet cannot read (`CST` from India) says nothing: the claimed country's zones judge instead.
    const zone = locationZone(dossier.location);
    const zones = zone ? [zone.name] : zonesOfCountry(dossier.location?.country ?? '');
    if (zones.length === 0) return { skip: 'no time zone known for the claimed location' };
    const away = usable.filter((c) => !zones.some((zone) => offsetAt(zone, new Date(c.at)) === toMinutes(c.offset)));
    if (away.length === 0) return [];
    const offsets = [...new Set(away.map((c) => c.offset))].sort().map(pretty).join(', ');
    const claimed = zone ? (dossier.location?.timezone ?? zone.name) : dossier.location?.country;
    const most = away.length * 3 >= usable.length * 2 && away.length >= 3;
    return [
      {
        path: github.path,
        severity: most ? 'medium' : 'low',
        evidence: `${away.length} of ${usable.length} recent public commits were made at UTC${offsets}, which ${claimed} does not use`,
      },
    ];
  },
};

function toMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
}

const pretty = (offset: string) => `${offset.slice(0, 3)}:${offset.slice(3)}`;
