import { join } from 'node:path';
import { loadLabelledRows, SHARED, SHARED_REDDIT, type CorpusRow } from '../scripts/detector-corpus';
import type { NoticeKind } from '@/utils/detection/types';

export type { CorpusRow };
export { SHARED, SHARED_REDDIT };
export const PIN_CLOSEUP = join(SHARED, 'fixtures/pinterest-pages/pin-closeup_www-pinterest_logged-in_2025.html');
export const SEARCH_PAGE = join(SHARED, 'fixtures/pinterest-pages/search-results_id-pinterest_logged-in_2025.html');

/** Every labelled row (all `test/fixtures/notices/*.jsonl` and Reddit's strings from ../shared), each with its family and split part. */
export function loadCorpus(): CorpusRow[] {
  return loadLabelledRows();
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
