import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clockOffsets, formatOffset, inWindow, minuteOfDay, offsetAt, offsetOfTimestamp, offsetsUsed, parseOffset } from '../../src/util/tz.js';

describe('util/tz', () => {
  it.each([
    ['America/Chicago', [-360, -300]],
    ['America/Phoenix', [-420]],
    ['Asia/Kolkata', [330]],
    ['Asia/Tokyo', [540]],
    ['Australia/Lord_Howe', [630, 660]],
    ['Etc/UTC', [0]],
  ])('%s uses %j in 2025-2026', (zone, expected) => {
    expect([...offsetsUsed(zone as string, [2025, 2026])].sort((a, b) => a - b)).toEqual(expected);
  });

  it('gives the offset at an instant, with daylight saving', () => {
    expect(offsetAt('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(offsetAt('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe(-240);
    expect(offsetAt('Not/A_Zone', new Date())).toBeUndefined();
  });

  it.each([
    ['+0900', 540],
    ['-05:00', -300],
    ['+0530', 330],
    ['Z', 0],
    ['0900', undefined],
    ['+9', undefined],
  ])('parses offset %s', (text, minutes) => {
    expect(parseOffset(text)).toBe(minutes);
  });

  it('reads offsets from timestamps and formats them back', () => {
    expect(offsetOfTimestamp('2026-01-05T02:14:00+09:00')).toBe(540);
    expect(offsetOfTimestamp('2026-01-05T02:14:00Z')).toBe(0);
    expect(formatOffset(-330)).toBe('-05:30');
  });

  it('wraps windows and clocks around midnight', () => {
    expect(minuteOfDay(new Date('2026-01-05T02:14:00Z'), -360)).toBe(20 * 60 + 14);
    expect(inWindow(23 * 60, 21 * 60, 7 * 60)).toBe(true);
    expect(inWindow(12 * 60, 21 * 60, 7 * 60)).toBe(false);
    expect(inWindow(12 * 60, 8 * 60, 18 * 60)).toBe(true);
  });
});

/** The offset as Intl gives it: what offsetAt answered before it read the process clock first. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function intlOffset(zone: string, at: Date): number | undefined {
  if (!formatters.has(zone)) {
    try {
      formatters.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
    } catch {
      formatters.set(zone, null);
    }
  }
  const formatter = formatters.get(zone);
  if (!formatter) return undefined;
  const name = formatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return name === 'GMT' ? 0 : parseOffset(name.slice(3));
}

describe('offsets by the process clock', () => {
  const rules = JSON.parse(readFileSync(new URL('../../rules/timezones.json', import.meta.url), 'utf8')) as { zones: string[]; aliases: Record<string, string> };
  // Every few days over the years that checks see, monthly back to 1960 (local mean time before 1973).
  const recent = Array.from({ length: 600 }, (_, i) => new Date(Date.UTC(2020, 0, 1) + i * 5 * 86_400_000 + (i % 24) * 3_600_000));
  const older = Array.from({ length: 12 * 60 }, (_, i) => new Date(Date.UTC(1960, i, 15, 12)));
  const instants = [...older, ...recent];

  it('agree with Intl wherever they answer, for every zone and alias of the tz database', () => {
    const differing: string[] = [];
    let answered = 0;
    for (const zone of [...rules.zones, ...Object.keys(rules.aliases)]) {
      clockOffsets(zone, instants).forEach((offset, i) => {
        if (offset === undefined) return;
        answered++;
        const expected = intlOffset(zone, instants[i]);
        if (offset !== expected) differing.push(`${zone} ${instants[i].toISOString()}: ${offset} vs ${expected}`);
      });
    }
    expect(differing.slice(0, 10)).toEqual([]);
    expect(answered).toBeGreaterThan(200_000);
  });

  it('leave unknown zones, POSIX rules and paths to Intl, and put TZ back', () => {
    const before = process.env.TZ;
    for (const zone of ['Not/A_Zone', 'Mars/Olympus', 'ABC-9', 'EST5EDT', '../../etc/localtime', 'UTC', 'Etc/Unknown', '']) {
      expect(clockOffsets(zone, recent).filter((o) => o !== undefined)).toEqual([]);
    }
    expect(process.env.TZ).toBe(before);
  });
});
