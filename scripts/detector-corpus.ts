import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyOf, partOf, type Part } from '../utils/detection/model/split';
import type { NoticeKind } from '../utils/detection/types';

export interface CorpusRow {
  id: string;
  platform: string;
  lang: string;
  kind: NoticeKind;
  surface?: string;
  text: string;
  source: string;
  source_family?: string;
  /** Derived: the family the split is made by, and the part it falls in. */
  family: string;
  part: Part;
}

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NOTICES_DIR = join(ROOT, 'test/fixtures/notices');
export const SHARED = join(ROOT, '../shared');
export const SHARED_REDDIT = join(SHARED, 'fixtures/notices-reddit.jsonl');

const KINDS = new Set(['account_suspended', 'account_deactivated', 'account_restricted', 'content_removed', 'none']);

function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function toRow(r: Record<string, unknown>): CorpusRow | undefined {
  const kind = r.kind === 'negative' ? 'none' : String(r.kind);
  if (!KINDS.has(kind) || typeof r.text !== 'string' || !r.text.trim()) return undefined;
  const base = {
    id: String(r.id),
    platform: String(r.platform ?? 'other'),
    lang: String(r.lang ?? 'und'),
    kind: kind as NoticeKind,
    ...(typeof r.surface === 'string' ? { surface: r.surface } : {}),
    text: r.text,
    source: String(r.source ?? ''),
    ...(typeof r.source_family === 'string' ? { source_family: r.source_family } : {}),
  };
  const family = familyOf(base);
  return { ...base, family, part: partOf(family) };
}

/**
 * Every labelled row: all `test/fixtures/notices/*.jsonl`, plus Reddit's own
 * strings from ../shared when present. A text seen twice (same words) is kept
 * once, the first time, so one sentence cannot sit in two parts.
 */
export function loadLabelledRows(): CorpusRow[] {
  const files = readdirSync(NOTICES_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(NOTICES_DIR, f));
  if (existsSync(SHARED_REDDIT)) files.push(SHARED_REDDIT);
  const rows: CorpusRow[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  for (const file of files) {
    for (const raw of jsonl(file)) {
      const row = toRow(raw);
      if (!row) continue;
      const key = row.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
      if (ids.has(row.id) || texts.has(key)) continue;
      ids.add(row.id);
      texts.add(key);
      rows.push(row);
    }
  }
  return rows;
}
