import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoticeKind } from '@/utils/detection/types';

export interface CorpusRow {
  id: string;
  platform: string;
  lang: string;
  kind: NoticeKind;
  text: string;
  source: string;
}

export const SHARED = join(__dirname, '../../shared');
export const SHARED_REDDIT = join(SHARED, 'fixtures/notices-reddit.jsonl');
export const PIN_CLOSEUP = join(SHARED, 'fixtures/pinterest-pages/pin-closeup_www-pinterest_logged-in_2025.html');
export const SEARCH_PAGE = join(SHARED, 'fixtures/pinterest-pages/search-results_id-pinterest_logged-in_2025.html');

function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The project's corpus, plus Reddit's labelled strings from ../shared when that folder is there. */
export function loadCorpus(): CorpusRow[] {
  const own = jsonl(join(__dirname, 'fixtures/notices/corpus.jsonl')) as unknown as CorpusRow[];
  if (!existsSync(SHARED_REDDIT)) return own;
  const reddit = jsonl(SHARED_REDDIT).map((r) => ({
    id: String(r.id),
    platform: String(r.platform),
    lang: String(r.lang),
    kind: (r.kind === 'negative' ? 'none' : r.kind) as NoticeKind,
    text: String(r.text),
    source: String(r.source),
  }));
  return [...own, ...reddit];
}

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
}

/** Notice-vs-none precision, recall, F1, and how often a found notice got the right kind. */
export function score(rows: { expected: NoticeKind; got: NoticeKind }[]): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0, kindRight = 0;
  for (const { expected, got } of rows) {
    const e = expected !== 'none';
    const g = got !== 'none';
    if (e && g) tp++;
    else if (!e && g) fp++;
    else if (e && !g) fn++;
    else tn++;
    if (e && g && expected === got) kindRight++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: rows.length, tp, fp, fn, tn, precision, recall, f1, kindAccuracy: tp ? kindRight / tp : 1 };
}
