// ---- checks shared by the validators ----------------------------------------
// Each validator answers the first problem it finds, in words a person can read, or null.

export type Check = (r: Record<string, unknown>) => string | null;

const isIso = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));

export const isoTime = (field: string): Check => (r) => (isIso(r[field]) ? null : `${field} is missing or not a date`);
export const optionalIsoTime = (field: string): Check => (r) => (r[field] === undefined || isIso(r[field]) ? null : `${field} is not a date`);
export const text = (field: string): Check => (r) => (typeof r[field] === 'string' ? null : `${field} is missing or not text`);
export const nonEmptyText = (field: string): Check => (r) => (typeof r[field] === 'string' && r[field] !== '' ? null : `${field} is missing`);
export const optionalText = (field: string): Check => (r) => (r[field] === undefined || typeof r[field] === 'string' ? null : `${field} is not text`);
export const number = (field: string): Check => (r) => (typeof r[field] === 'number' && Number.isFinite(r[field]) ? null : `${field} is missing or not a number`);
export const boolean = (field: string): Check => (r) => (typeof r[field] === 'boolean' ? null : `${field} is missing or not true/false`);
export const optionalBoolean = (field: string): Check => (r) => (r[field] === undefined || typeof r[field] === 'boolean' ? null : `${field} is not true/false`);
export const textList = (field: string): Check => (r) =>
  Array.isArray(r[field]) && (r[field] as unknown[]).every((x) => typeof x === 'string') ? null : `${field} is missing or not a list of text`;
export const object = (field: string): Check => (r) => (r[field] && typeof r[field] === 'object' && !Array.isArray(r[field]) ? null : `${field} is missing or not an object`);
export const optionalObject = (field: string): Check => (r) => (r[field] === undefined || (r[field] && typeof r[field] === 'object' && !Array.isArray(r[field])) ? null : `${field} is not an object`);

/** Runs the checks in order; the first problem wins. */
export function validator(...checks: Check[]): (value: unknown) => string | null {
  return (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a record';
    const r = value as Record<string, unknown>;
    for (const check of checks) {
      const problem = check(r);
      if (problem) return problem;
    }
    return null;
  };
}
