// Renders the letters of a lawyer's re-read (issue 17, data18) into $OUT (default /tmp/reread):
// Pinterest, Instagram, X, TikTok, YouTube × suspension, content removal, restriction (one real English
// notice each, the longest in the corpus) × en, de × the letters a user in Ireland, Germany, the UK or
// the US can send (platform appeal; ODS, GDPR access and DSC complaint where they apply), formal tone.
// It also writes lines.txt: every distinct line once, with how often and where it first appears, so a
// reader can go through each sentence the generator can produce for this sample.
// Run: npx vitest run --config vitest.bench.config.ts bench/reread-letters.bench-run.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { draftAppeal, letterKindsFor, type UserSide } from '@/utils/appeal/draft';
import { regionOf, type Service } from '@/utils/appeal/addressees';

const NOTICES: Record<string, Record<string, string>> = {
  pinterest: { account_suspended: 'pinterest-en-0535', content_removed: 'pinterest-en-11027', account_restricted: 'pinterest-en-1678' },
  instagram: { account_suspended: 'instagram-en-1128', content_removed: 'instagram-en-9052', account_restricted: 'instagram-en-7301' },
  x: { account_suspended: 'x-en-1084', content_removed: 'x-en-7088', account_restricted: 'x-en-004' },
  tiktok: { account_suspended: 'tiktok-en-5006', content_removed: 'tiktok-en-0887', account_restricted: 'tiktok-en-1679' },
  youtube: { account_suspended: 'youtube-en-7001', content_removed: 'youtube-en-11016', account_restricted: 'youtube-en-7142' },
};
const USER: UserSide = { facts: 'I posted my own photographs of my garden.', why: 'The photos are my own and show nothing the rules prohibit.', asks: { restore: true, reasons: true, human: true } };
const COUNTRIES = ['IE', 'DE', 'GB', 'US'];

function corpus(): Map<string, { text: string; kind: string; surface?: string }> {
  const dir = 'test/fixtures/notices';
  const rows = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); rows.set(r.id, r); }
  return rows;
}

it('renders the re-read sample', () => {
  const out = process.env.OUT ?? '/tmp/reread';
  mkdirSync(out, { recursive: true });
  const rows = corpus();
  const lines = new Map<string, { n: number; first: string }>();
  let letters = 0;
  for (const [platform, byKind] of Object.entries(NOTICES)) for (const [noticeKind, id] of Object.entries(byKind)) {
    const r = rows.get(id);
    if (!r) throw new Error(`no corpus row ${id}`);
    const meta = platform === 'instagram';
    for (const lang of ['en', 'de']) for (const country of COUNTRIES) {
      const region = regionOf(country);
      for (const kind of letterKindsFor(region, false, country)) {
        const d = draftAppeal({
          kind, language: lang, tone: 'formal',
          notice: { text: r.text, kind: r.kind, seenAt: '2025-05-02T09:15:00Z', ...(r.surface === 'email' ? { channel: 'email' } : {}) } as never,
          context: { platform: meta ? 'meta' : (platform as never), service: meta ? ('instagram' as Service) : undefined, region, business: false, country, decisionDate: '2025-05-01', account: 'sam_example', userName: 'Sam Example', timeZone: 'Europe/Dublin' },
          user: USER,
          now: new Date('2025-05-03T10:00:00Z'),
        });
        const name = `${platform}.${noticeKind}.${lang}.${country}.${kind}.txt`;
        const text = `${d.subject}\n\n${d.body}`;
        writeFileSync(join(out, name), `${text}\n\n--- warnings: ${d.warnings.map((w) => w.key).join(', ')}\n--- unfilled: ${d.unfilled.join(', ')}\n`);
        letters++;
        // The notice's own words are quoted verbatim; the reading is about what the generator writes.
        for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
          if (line.includes(r.text.slice(0, 40))) continue;
          const seen = lines.get(line);
          if (seen) seen.n++;
          else lines.set(line, { n: 1, first: name });
        }
      }
    }
  }
  const sorted = [...lines].sort((a, b) => a[1].first.localeCompare(b[1].first));
  writeFileSync(join(out, 'lines.txt'), sorted.map(([l, { n, first }]) => `[${n}× ${first}]\n${l}\n`).join('\n'));
  console.log(`${letters} letters, ${lines.size} distinct lines → ${out}`);
});
