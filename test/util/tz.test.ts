import { describe, expect, it } from 'vitest';
import { formatOffset, inWindow, minuteOfDay, offsetAt, offsetOfTimestamp, offsetsUsed, parseOffset } from '../../src/util/tz.js';

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
