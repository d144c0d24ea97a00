// Renders the letters of the native-language re-read (issue 17, session 7, data19) into $OUT (default /tmp/reread-native):
// Pinterest, Instagram, X, TikTok, YouTube × suspension, content removal, restriction (the longest real notice of
// that platform and kind in the letter's language, else data18's English one) × fr, es, it, nl, pt, ja × the
// letters open to a user in the countries below (platform appeal; ODS, GDPR access and DSC complaint where they
// apply; the P2B complaint for a business user on one case per language) × formal and concise tone.
// Per language it writes lines-<lang>.txt: every distinct generated line once (the notice's and the user's own
// words left out), with how often and where it first appears, for a line-by-line reading.
// Run: npx vitest run --config vitest.bench.config.ts bench/reread-native-letters.bench-run.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { draftAppeal, letterKindsFor, type UserSide } from '@/utils/appeal/draft';
import { regionOf, type Service } from '@/utils/appeal/addressees';

const ENGLISH: Record<string, Record<string, string>> = {
  pinterest: { account_suspended: 'pinterest-en-0535', content_removed: 'pinterest-en-11027', account_restricted: 'pinterest-en-1678' },
  instagram: { account_suspended: 'instagram-en-1128', content_removed: 'instagram-en-9052', account_restricted: 'instagram-en-7301' },
  x: { account_suspended: 'x-en-1084', content_removed: 'x-en-7088', account_restricted: 'x-en-004' },
  tiktok: { account_suspended: 'tiktok-en-5006', content_removed: 'tiktok-en-0887', account_restricted: 'tiktok-en-1679' },
  youtube: { account_suspended: 'youtube-en-7001', content_removed: 'youtube-en-11016', account_restricted: 'youtube-en-7142' },
};
const PLATFORM_ALIASES: Record<string, string[]> = { pinterest: ['pinterest'], instagram: ['instagram'], x: ['x', 'twitter'], tiktok: ['tiktok'], youtube: ['youtube'] };
/** Where the reader of each language lives: the country's own users, and one more (Belgium; Brazil; a Japanese speaker in Japan and in France). */
const COUNTRIES: Record<string, string[]> = { fr: ['FR', 'BE'], es: ['ES'], it: ['IT'], nl: ['NL', 'BE'], pt: ['PT', 'BR'], ja: ['JP', 'FR'] };
const USER: Record<string, UserSide> = Object.fromEntries(
  Object.keys(COUNTRIES).map((l) => [l, { facts: `«${l}: facts»`, why: `«${l}: why»`, asks: { restore: true, reasons: true, human: true }, complaint: { date: '2025-05-02', outcome: 'rejected' } }]),
);
type Row = { id: string; text: string; kind: string; lang: string; platform: string; surface?: string };

function corpus(): Row[] {
  const dir = 'test/fixtures/notices';
  const rows: Row[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) if (l.trim()) rows.push(JSON.parse(l));
  return rows;
}

it('renders the native re-read sample', () => {
  const out = process.env.OUT ?? '/tmp/reread-native';
  mkdirSync(out, { recursive: true });
  const rows = corpus();
  const byId = new Map(rows.map((r) => [r.id, r]));
  let letters = 0;
  for (const [lang, countries] of Object.entries(COUNTRIES)) {
    const lines = new Map<string, { n: number; first: string }>();
    for (const [platform, byKind] of Object.entries(ENGLISH)) for (const [noticeKind, enId] of Object.entries(byKind)) {
      const native = rows.filter((r) => PLATFORM_ALIASES[platform]!.includes(r.platform) && r.lang === lang && r.kind === noticeKind).sort((a, b) => b.text.length - a.text.length)[0];
      const r = native ?? byId.get(enId);
      if (!r) throw new Error(`no corpus row ${enId}`);
      const meta = platform === 'instagram';
      for (const country of countries) for (const business of platform === 'pinterest' && noticeKind === 'account_suspended' ? [false, true] : [false]) {
        const region = regionOf(country);
        for (const kind of letterKindsFor(region, business, country)) {
          if (business && kind !== 'p2b-business') continue;
          for (const tone of ['formal', 'concise'] as const) {
            const d = draftAppeal({
              kind, language: lang, tone,
              notice: { text: r.text, kind: r.kind, seenAt: '2025-05-02T09:15:00Z', ...(r.surface === 'email' ? { channel: 'email' } : {}) } as never,
              context: { platform: meta ? 'meta' : (platform as never), service: meta ? ('instagram' as Service) : undefined, region, business, country, decisionDate: '2025-05-01', account: 'sam_example', userName: 'Sam Example', timeZone: 'Europe/Paris', evidenceKey: 'AB12 CD34' },
              user: USER[lang],
              evidence: [{ kind: 'screenshot', capturedAt: '2025-05-02T09:15:03Z', sha256: 'ab'.repeat(32) }],
              now: new Date('2025-05-03T10:00:00Z'),
            });
            const name = `${lang}.${country}.${platform}.${noticeKind}.${kind}.${tone}${business ? '.business' : ''}.txt`;
            const text = `${d.subject}\n\n${d.body}`;
            writeFileSync(join(out, name), `[notice ${r.id}]\n${text}\n\n--- warnings: ${d.warnings.map((w) => w.key).join(', ')}\n--- unfilled: ${d.unfilled.join(', ')}\n`);
            letters++;
            for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
              if (line.includes(r.text.slice(0, 30)) || line.includes('«')) continue;
              const seen = lines.get(line);
              if (seen) seen.n++;
              else lines.set(line, { n: 1, first: name });
            }
          }
        }
      }
    }
    const sorted = [...lines].sort((a, b) => a[1].first.localeCompare(b[1].first));
    writeFileSync(join(out, `lines-${lang}.txt`), sorted.map(([l, { n, first }]) => `[${n}× ${first}]\n${l}\n`).join('\n'));
    console.log(`${lang}: ${lines.size} distinct lines`);
  }
  console.log(`${letters} letters → ${out}`);
});
