import { describe, expect, it } from 'vitest';
import { keepForReport } from '@/utils/bundle/evidence-source';
import { renderReport } from '@/utils/bundle/report';
import { PIN_IMAGE_KIND, type EvidenceRecord } from '@/utils/db/schema';
import type { Listed } from '@/utils/db/stores/base';
import { Store } from '@/utils/db/store';
import { exportToBytes, verify } from './helpers';

const provenance = { browser: 'Chrome 156', extensionVersion: '0.1.0' };

/** Two cases, each with captures and pin images interleaved in time (so one case's ids are not one key range). */
async function twoCases() {
  const store = new Store();
  const a = await store.addCase({ title: 'A', region: 'eu' });
  const b = await store.addCase({ title: 'B', region: 'eu' });
  const added: EvidenceRecord[] = [];
  for (let i = 0; i < 24; i++) {
    const pin = i % 3 !== 0;
    added.push(await store.addEvidence({ caseId: i % 2 ? a.id : b.id, kind: pin ? PIN_IMAGE_KIND : 'screenshot', mime: 'image/png', bytes: new Uint8Array([i, 1, 2, 3]).buffer, url: `https://i.pinimg.com/236x/${i}.png`, title: `Item ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i)), timeZone: i % 4 ? 'Europe/Berlin' : 'Asia/Tokyo' }));
  }
  return { store, a: a.id, b: b.id, added };
}

describe('what the export reads of the evidence store', () => {
  it('a paged scan visits every record once, valid and damaged, whatever the page size', async () => {
    const { store, added } = await twoCases();
    const db = await store.db();
    await db.put('evidence', { ...added[5]!, id: 'ev_damaged', sha256: 'not a hash' });
    for (const pageSize of [1, 5, 24, 25, 1000]) {
      const seen: Listed<EvidenceRecord>[] = [];
      await store.scanEvidence((item) => seen.push(item), pageSize);
      const ids = seen.map((s) => (s.ok ? s.record.id : s.id));
      expect(ids.length, `page size ${pageSize}`).toBe(25);
      expect(new Set(ids).size).toBe(25);
      expect(seen.filter((s) => !s.ok)).toEqual([{ ok: false, id: 'ev_damaged', problem: expect.stringMatching(/SHA-256/) }]);
    }
  });

  it('records come back with their bytes in the order asked, across cases; a missing file or a damaged record is an error in its place', async () => {
    const { store, a, added } = await twoCases();
    const ofA = added.filter((r) => r.caseId === a).reverse();
    const read = await store.getEvidenceWithBytesMany(ofA.map((r) => r.id));
    expect(read.map((r) => (r instanceof Error ? r : r.record))).toEqual(ofA);
    expect(read.map((r) => (r instanceof Error ? -1 : new Uint8Array(r.bytes as ArrayBuffer)[0]))).toEqual(ofA.map((r) => added.indexOf(r)));

    const db = await store.db();
    await db.delete('evidenceBytes', ofA[0]!.id);
    await db.put('evidence', { ...ofA[1]!, capturedAt: 'yesterday' });
    const again = await store.getEvidenceWithBytesMany([ofA[0]!.id, ofA[1]!.id, ofA[2]!.id, 'ev_none']);
    expect(again.map((r) => (r instanceof Error ? r.message : 'ok'))).toEqual([
      expect.stringMatching(/file of evidence .* missing or damaged/),
      expect.stringMatching(/record of evidence .* damaged \(capturedAt/),
      'ok',
      expect.stringMatching(/record of evidence ev_none .*not found/),
    ]);
  });

  it('exports through the scan and the batched reads only: no full listing, each file read once; a damaged record is named, the rest verify', async () => {
    const { store, added } = await twoCases();
    const db = await store.db();
    await db.put('evidence', { ...added[7]!, id: 'ev_damaged', kind: 'nonsense' as never });
    const calls = { listEvidence: 0, read: 0 };
    const counted = new Proxy(store, {
      get: (target, name) =>
        name === 'listEvidence' ? (...args: unknown[]) => (calls.listEvidence++, (target.listEvidence as (...a: unknown[]) => unknown)(...args))
        : name === 'getEvidenceWithBytesMany' ? (ids: string[]) => ((calls.read += ids.length), target.getEvidenceWithBytesMany(ids))
        : Reflect.get(target, name, target),
    }) as Store;
    const { bytes, result } = await exportToBytes(counted, { unsigned: true, unsignedReason: 'test' });
    expect(calls).toEqual({ listEvidence: 0, read: 24 });
    expect(result.problems).toEqual([expect.stringMatching(/damaged evidence record was left out: kind/)]);
    expect((await verify(bytes, { allowUnsigned: true })).status).toBe('intact');
  });

  it('what is kept of pin images for report.html gives the same report as the whole records', async () => {
    const { store, added } = await twoCases();
    const cases = (await store.listCases()).flatMap((l) => (l.ok ? [l.record] : []));
    const whole = added.map((r, i) => ({ ...r, path: `evidence/${i}.png` }));
    const keep = keepForReport();
    const kept = whole.map(keep);
    // Pin images keep only case, kind, time and zone; captures stay whole.
    expect(kept.filter((k) => k.kind === PIN_IMAGE_KIND).every((k) => Object.keys(k).sort().join() === 'capturedAt,caseId,kind,timeZone')).toBe(true);
    expect(kept.filter((k) => k.kind !== PIN_IMAGE_KIND)).toEqual(whole.filter((k) => k.kind !== PIN_IMAGE_KIND));
    const input = { cases, notices: [], correspondence: [], files: [], thumbs: new Map(), now: new Date('2025-06-01T00:00:00Z') };
    expect(renderReport({ ...input, evidence: kept as never })).toBe(renderReport({ ...input, evidence: whole }));
  });
});
