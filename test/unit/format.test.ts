import { describe, expect, it } from 'vitest';
import { formatBytes, formatLocal, formatUtc } from '@/utils/format';

describe('format', () => {
  it('sizes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1_400_000)).toBe('1.4 MB');
    expect(formatBytes(-1)).toBe('?');
  });
  it('UTC times are exact and say UTC', () => {
    expect(formatUtc('2026-03-29T01:30:00.000Z')).toBe('2026-03-29 01:30:00 UTC');
    expect(formatUtc('garbage')).toBe('garbage');
  });
  it('local times name their zone and survive a bad zone', () => {
    const berlin = formatLocal('2026-03-29T01:30:00.000Z', 'Europe/Berlin', 'en-GB');
    expect(berlin).toMatch(/03:30:00/); // CEST began at 01:00 UTC that day
    expect(berlin).toMatch(/CEST|GMT\+2/);
    expect(formatLocal('2026-03-29T01:30:00.000Z', 'Not/AZone', 'en-GB')).toMatch(/2026/);
  });
});
