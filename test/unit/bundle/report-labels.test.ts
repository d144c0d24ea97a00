import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ItemStatus } from '@/utils/appeal/types';

// report.html labels checklist statuses by key (reportCheckStatus_<status>).
// Chrome returns '' for a key that is not there; Firefox also logs "Unknown
// localization message" as an error, which the Firefox E2E suite caught for
// 'unknown'. Every status needs its key.
const STATUSES = ['present', 'missing', 'not applicable', 'unknown'] as const satisfies readonly ItemStatus[];
// Fails to compile when ItemStatus gains a value this list lacks.
const everyStatus: Exclude<ItemStatus, (typeof STATUSES)[number]> extends never ? true : false = true;

describe('report.html checklist status labels', () => {
  const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
  it.each(STATUSES)('"%s" has an English label', (status) => {
    expect(everyStatus).toBe(true);
    const key = `reportCheckStatus_${status.replace(/[^A-Za-z0-9]/g, '_')}`;
    expect(en[key]?.message, key).toBeTruthy();
  });
});
