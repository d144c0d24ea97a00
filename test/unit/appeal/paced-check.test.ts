import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LetterKind } from '@/utils/appeal/draft';
import type { AppealContext, NoticeInput } from '@/utils/appeal/types';

/**
 * The appeal editor shows the letter before the checker's patterns compile
 * (seconds, cold) and checks the notice in slices after. These tests hold
 * the mechanics to what matters: every pattern family goes through the lazy
 * union (so a family added later is lazy too), nothing big is compiled when
 * the modules load, the paced check answers exactly as checkNotice, and the
 * letter drafted while checking differs from the final one only where what
 * the notice leaves out goes.
 */

const rows = readFileSync(join(__dirname, '../../fixtures/appeal/labelled-notices.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string; kind?: NoticeInput['kind']; channel?: NoticeInput['channel'] });

const CONTEXTS: AppealContext[] = [
  { platform: 'pinterest', region: 'eu', business: false, decisionDate: '2025-05-01', notifiedAt: '2025-05-01' },
  { platform: 'pinterest', region: 'eu', business: true },
  { platform: 'meta', region: 'uk', business: false, decisionDate: '2025-05-01' },
  { platform: 'x', region: 'us', business: false },
];
const noticeOf = (row: (typeof rows)[number]): NoticeInput => ({ text: row.text, kind: row.kind ?? 'account_suspended', ...(row.channel ? { channel: row.channel } : {}) });

describe('the checker’s patterns load lazily', () => {
  it('compiles no pattern family when its modules load, and only a little else', async () => {
    vi.resetModules();
    const Native = RegExp;
    let sourceChars = 0;
    const spy = vi.spyOn(globalThis, 'RegExp').mockImplementation(function (this: unknown, pattern: string | RegExp, flags?: string) {
      sourceChars += typeof pattern === 'string' ? pattern.length : pattern.source.length;
      return new Native(pattern, flags);
    } as unknown as typeof RegExp);
    const patterns = await import('@/utils/appeal/checklist-patterns');
    await import('@/utils/appeal/checklist');
    spy.mockRestore();
    const { allUnions } = await import('@/utils/appeal/regex-union');
    const unions = allUnions();
    expect(unions.length).toBeGreaterThan(10);
    expect(unions.every((u) => u.compiled.made === 0)).toBe(true);
    // The families are hundreds of kB of source; what is compiled at load (a few small scope patterns) must stay small.
    // A large `new RegExp` at module level fails here: make it a `union([...])` so it compiles on first use.
    expect(sourceChars, 'regular-expression source compiled while the checker modules load').toBeLessThan(20_000);
    // Every matcher the patterns module exports is one of the lazy unions.
    const exported = Object.entries(patterns).filter(([, v]) => typeof (v as { exec?: unknown })?.exec === 'function' && !(v instanceof Native));
    expect(exported.length).toBeGreaterThan(10);
    for (const [name, matcher] of exported) expect(unions, name).toContain(matcher);
  });

  it('compiles a family’s chunks on first use, once', async () => {
    vi.resetModules();
    const { ACTION } = await import('@/utils/appeal/checklist-patterns');
    const stepped = ACTION as unknown as { compiled: { made: number; total: number } };
    expect(stepped.compiled.made).toBe(0);
    ACTION.test('your account has been suspended');
    expect(stepped.compiled.made).toBe(stepped.compiled.total);
    ACTION.test('your account has been suspended again');
    expect(stepped.compiled.made).toBe(stepped.compiled.total);
  });
});

describe('the paced check', () => {
  // Every 24th labelled notice (28); all 656 × 6 contexts were compared once against the
  // checker before this change (README, session 7): the same answers.
  const sample = rows.filter((_, i) => i % 24 === 0);
  it('answers exactly as checkNotice on the labelled notices, in slices as small as one step', async () => {
    const { checkNotice } = await import('@/utils/appeal/checklist');
    const { pacedCheck } = await import('@/utils/appeal/paced-check');
    let checks = 0;
    let maxSteps = 0;
    for (const row of sample) {
      for (const context of CONTEXTS) {
        const run = pacedCheck(noticeOf(row), context);
        let steps = 0;
        // A zero budget: one step per call, the finest slicing a page could use.
        while (!run.runFor(0)) steps++;
        maxSteps = Math.max(maxSteps, steps);
        expect(run.value, `${row.id} ${context.region}`).toEqual(checkNotice(noticeOf(row), context));
        checks++;
      }
    }
    expect(checks).toBe(sample.length * CONTEXTS.length);
    // Sliced for real: one step per chunk of each family, far more than one per notice.
    expect(maxSteps).toBeGreaterThan(16);
  }, 180_000);

  it('finishes a slice at a time and stops when aborted', async () => {
    const { finishPaced, pacedCheck } = await import('@/utils/appeal/paced-check');
    const { checkNotice } = await import('@/utils/appeal/checklist');
    const notice = noticeOf(rows[0]!);
    let pauses = 0;
    const done = await finishPaced(pacedCheck(notice, CONTEXTS[0]!), { sliceMs: 0, pause: async () => void pauses++ });
    expect(done).toEqual(checkNotice(notice, CONTEXTS[0]!));
    expect(pauses).toBeGreaterThan(0);
    const stop = new AbortController();
    const run = pacedCheck(notice, CONTEXTS[0]!);
    const aborted = finishPaced(run, { sliceMs: 0, signal: stop.signal, pause: async () => stop.abort(new Error('left the page')) });
    await expect(aborted).rejects.toThrow('left the page');
    expect(run.done).toBe(false);
  });

  it('keys a check by what checkNotice reads: the user’s name, the evidence key, the ODS body and the time zone start none', async () => {
    const { checkKey } = await import('@/utils/appeal/paced-check');
    const { checkNotice } = await import('@/utils/appeal/checklist');
    const notice = noticeOf(rows[1]!);
    const context = { ...CONTEXTS[0]!, account: 'maya' } as AppealContext;
    const volatile = { ...context, userName: 'Maya', evidenceKey: 'AB12 CD34', odsBodyId: 'ace', timeZone: 'Europe/Berlin' } as AppealContext;
    expect(checkKey(notice, volatile)).toBe(checkKey(notice, context));
    expect(checkNotice(notice, volatile)).toEqual(checkNotice(notice, context));
    expect(checkKey(notice, { ...context, region: 'us' })).not.toBe(checkKey(notice, context));
    expect(checkKey({ ...notice, text: `${notice.text} ` }, context)).not.toBe(checkKey(notice, context));
  });
});

describe('the letter while the notice is checked', () => {
  const user = { facts: 'I bake cakes and pin photos of them.', why: 'They are my own photos.', asks: { restore: true, reasons: true, human: true } };
  const KINDS: LetterKind[] = ['internal-complaint', 'ods-submission', 'dsc-complaint', 'gdpr-access', 'p2b-business'];

  it('is the final letter with a `checking` section where what the notice leaves out goes; a given checklist drafts the same letter', async () => {
    const { draftAppeal, CHECKING_SECTION } = await import('@/utils/appeal/draft');
    const { checkNotice } = await import('@/utils/appeal/checklist');
    let compared = 0;
    for (const row of rows.filter((_, i) => i % 80 === 0)) {
      for (const kind of KINDS) {
        for (const language of ['en', 'de', 'ja']) {
          const context = { ...CONTEXTS[kind === 'p2b-business' ? 1 : 0]!, country: 'DE', userName: 'Maya', timeZone: 'Europe/Berlin' };
          const input = { kind, language, tone: 'formal' as const, notice: noticeOf(row), context, user, now: new Date('2025-05-03T10:00:00Z') };
          const final = draftAppeal(input);
          expect(draftAppeal({ ...input, checklist: checkNotice(input.notice, context) })).toEqual(final);
          const checking = draftAppeal({ ...input, checklist: 'checking' });
          expect(checking.checking).toBe(true);
          expect(final.checking).toBe(false);
          expect(checking.checklist).toEqual([]);
          expect(checking.subject).toBe(final.subject);
          const missing = final.sections.findIndex((s) => s.id === 'missing_own' || s.id === 'missing_third');
          const placeholder = checking.sections.findIndex((s) => s.id === CHECKING_SECTION);
          if (kind === 'gdpr-access') {
            expect(placeholder).toBe(-1);
            expect(checking.sections).toEqual(final.sections);
          } else {
            expect(placeholder, `${row.id} ${kind}`).toBeGreaterThan(0);
            expect(checking.sections[placeholder]!.text).toBe('');
            // Every other section is there, in order; only an act's first spelled-out mention may move to or from the missing list.
            const others = checking.sections.filter((s) => s.id !== CHECKING_SECTION).map((s) => s.id);
            expect(others).toEqual(final.sections.filter((_, i) => i !== missing).map((s) => s.id));
            if (missing >= 0) expect(placeholder).toBe(missing);
          }
          expect(checking.warnings).toEqual(final.warnings);
          compared++;
        }
      }
    }
    expect(compared).toBe(Math.ceil(rows.length / 80) * KINDS.length * 3);
  }, 180_000);
});
