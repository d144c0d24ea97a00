// Renders letters for real notices × kinds × languages into $OUT (default /tmp/letters) for a line-by-line reading.
// Run: npx vitest run --config vitest.bench.config.ts bench/render-letters.bench-run.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { draftAppeal, LETTER_KINDS, type UserSide } from '@/utils/appeal/draft';
import type { Service } from '@/utils/appeal/addressees';

const IDS: [string, boolean][] = [
  ['pinterest-en-001', false], ['instagram-en-0664', false], ['youtube-en-0209', false], ['x-en-1082', false], ['tiktok-en-0554', false],
  ['youtube-pt-0958', false], ['pinterest-en-0860', false], ['instagram-en-1128', false], ['x-en-1081', false], ['pinterest-en-002', true],
];
const USER: UserSide = { facts: 'I posted my own photographs of my garden.', why: 'The photos are my own and show nothing the rules prohibit.', asks: { restore: true, reasons: true, human: true } };
const dir = 'test/fixtures/notices';
const rows = new Map<string, any>();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); rows.set(r.id, r); }
const META = new Set(['instagram', 'facebook', 'threads']);

it('renders', () => {
  const out = process.env.OUT ?? '/tmp/letters';
  mkdirSync(out, { recursive: true });
  const langs = (process.env.LANGS ?? 'en,de').split(',');
  const where: [string, 'eu' | 'uk' | 'other', string | undefined][] = [['DE', 'eu', 'DE'], ['FR', 'eu', 'FR'], ['UK', 'uk', 'GB'], ['US', 'other', undefined]];
  for (const [id, business] of IDS) {
    const r = rows.get(id);
    if (!r) throw new Error(`no row ${id}`);
    for (const lang of langs) for (const [tag, region, country] of where) for (const dated of [true, false]) for (const kind of LETTER_KINDS) {
      const d = draftAppeal({
        kind, language: lang, tone: 'formal',
        notice: { text: r.text, kind: r.kind, seenAt: '2025-05-02T09:15:00Z', ...(r.surface === 'email' ? { channel: 'email' } : {}) } as any,
        context: { platform: META.has(r.platform) ? 'meta' : r.platform, service: META.has(r.platform) ? (r.platform as Service) : undefined, region, business, country, decisionDate: dated ? '2025-05-01' : undefined, account: 'sam_example', userName: 'Sam Example', timeZone: 'Europe/Berlin' },
        user: USER,
        now: new Date('2025-05-03T10:00:00Z'),
      });
      const name = `${id}.${lang}.${tag}.${dated ? 'dated' : 'nodate'}.${kind}.txt`;
      writeFileSync(join(out, name), `${d.subject}\n\n${d.body}\n\n--- warnings: ${d.warnings.map((w) => w.key).join(', ')}\n--- unfilled: ${d.unfilled.join(', ')}\n`);
    }
  }
});
