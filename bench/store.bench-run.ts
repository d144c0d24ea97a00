// @vitest-environment node
import { it } from 'vitest';
import { openReinstateDb } from '@/utils/db/open';
import type { CaseRecord, EvidenceKind } from '@/utils/db/schema';
import { figure, heading, median, QUICK, size } from './report';
import { benchProvenance, benchStore } from './store';

const CASES = 5;
const CAPTURES = size('BENCH_STORE_CAPTURES', 1000, 100);
const PIN_IMAGES = size('BENCH_STORE_PIN_IMAGES', 50_000, 2000);

/**
 * Evidence at scale (issue 18 item 3): a case's first page of evidence, its
 * pin-image count and the damaged-record scan, with pin images of one case
 * newer than every capture (an inventory run after the captures).
 */
it('bench:store', async () => {
  const store = benchStore();
  const cases: CaseRecord[] = [];
  for (let i = 0; i < CASES; i++) cases.push(await store.addCase({ title: `Case ${i}` }));
  const t0 = performance.now();
  // Captures through the store (hashed like real ones)…
  for (let i = 0; i < CAPTURES; i++) {
    await store.addEvidence({ caseId: cases[i % CASES]!.id, kind: (i % 3 ? 'screenshot' : 'mhtml') as EvidenceKind, mime: 'image/png', bytes: new Uint8Array(64).fill(i % 251).buffer, url: `https://www.pinterest.com/${i}`, title: `Capture ${i}`, provenance: benchProvenance, capturedAt: new Date(Date.UTC(2025, 4, 1) + i * 60_000) });
  }
  // …and the pin images of one case, written in large transactions (addEvidence one by one is the thumbnail saver's pace, not what is measured).
  const db = await openReinstateDb();
  for (let from = 0; from < PIN_IMAGES; from += 5000) {
    const tx = db.transaction(['evidence', 'evidenceBytes'], 'readwrite');
    for (let k = from; k < Math.min(PIN_IMAGES, from + 5000); k++) {
      const id = `ev_pin_${k}`;
      void tx.objectStore('evidence').add({ id, caseId: cases[0]!.id, kind: 'thumbnail', mime: 'image/png', size: 68, sha256: '0'.repeat(64), capturedAt: new Date(Date.UTC(2025, 5, 1) + k).toISOString(), timeZone: 'UTC', url: `https://i.pinimg.com/236x/${k}.png`, title: `Pin ${k}`, provenance: benchProvenance });
      void tx.objectStore('evidenceBytes').add({ id, bytes: new Uint8Array(68).buffer });
    }
    await tx.done;
  }
  const seedSeconds = (performance.now() - t0) / 1000;

  const time = async (runs: number, fn: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await fn();
      times.push(performance.now() - s);
    }
    return median(times);
  };
  heading(`Evidence at scale${QUICK ? ' (quick)' : ''}: ${CASES} cases, ${CAPTURES} captures, ${PIN_IMAGES} pin images in case 0 (real Store over fake-indexeddb)`);
  figure('seeding', `${seedSeconds.toFixed(1)} s`);
  const first = await store.listEvidence({ caseId: cases[0]!.id, limit: 50 });
  if (first.length !== Math.min(50, CAPTURES / CASES) || first.some((l) => !l.ok || l.record.kind === 'thumbnail')) throw new Error('bench:store: the first page is wrong');
  figure('first 50 of the case with the pin images (grid view)', `${(await time(5, () => store.listEvidence({ caseId: cases[0]!.id, limit: 50 }))).toFixed(1)} ms median`);
  figure('first 50 of another case', `${(await time(5, () => store.listEvidence({ caseId: cases[1]!.id, limit: 50 }))).toFixed(1)} ms median`);
  figure('whole case without pin images', `${(await time(3, () => store.listEvidence({ caseId: cases[0]!.id }))).toFixed(1)} ms median`);
  figure('pin images counted', `${await store.countPinImages(cases[0]!.id)} in ${(await time(5, () => store.countPinImages(cases[0]!.id))).toFixed(1)} ms median`);
  const damaged = await store.listDamaged();
  figure('listDamaged() over every store', `${damaged.length} damaged, ${(await time(1, () => store.listDamaged())).toFixed(0)} ms`);
});
