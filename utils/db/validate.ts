import type { CaseRecord, EvidenceRecord } from './schema';

/**
 * Records come back from disk as whatever was written, by any version of the
 * extension, or damaged. Lists check each one and show a damaged record as
 * such instead of failing as a whole.
 */
export function evidenceProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'not an object';
  const r = value as Partial<EvidenceRecord>;
  if (typeof r.id !== 'string' || !r.id) return 'missing id';
  if (typeof r.caseId !== 'string') return 'missing case';
  if (typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)) return 'missing or malformed SHA-256';
  if (typeof r.capturedAt !== 'string' || Number.isNaN(Date.parse(r.capturedAt))) return 'missing capture time';
  if (typeof r.url !== 'string') return 'missing URL';
  if (typeof r.mime !== 'string') return 'missing type';
  if (typeof r.size !== 'number') return 'missing size';
  return null;
}

export function caseProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'not an object';
  const r = value as Partial<CaseRecord>;
  if (typeof r.id !== 'string' || !r.id) return 'missing id';
  if (typeof r.title !== 'string') return 'missing title';
  return null;
}
