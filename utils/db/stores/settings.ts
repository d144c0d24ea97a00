import { nonEmptyText, validator, type Check, type StoreContext } from './base';

const isIso = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The type each known setting's value must have. A value of the wrong type
 * (an older build, a damaged disk) is damaged: it is read as absent and
 * listed, never handed to the code that would trip over it.
 */
const VALUE_CHECKS: [RegExp, (v: unknown) => string | null][] = [
  [/^currentCaseId$/, (v) => (typeof v === 'string' && v !== '' ? null : 'the current case is not a case id')],
  [/^inventoryPaceMs$/, (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'the inventory pace is not a number')],
  [/^(inventoryThumbnails|captureStamp|autoCapture:.+)$/, (v) => (typeof v === 'boolean' ? null : 'the switch is not on or off')],
  [/^bundleExportedAt:.+$/, (v) => (isIso(v) ? null : 'the export time is not a date')],
  [
    /^reminders$/,
    (v) =>
      // Each field may be absent (the readers fill in defaults) but not of another type.
      isObject(v) &&
      (v.enabled === undefined || typeof v.enabled === 'boolean') &&
      (v.daysBefore === undefined || (Array.isArray(v.daysBefore) && v.daysBefore.every((d) => typeof d === 'number' && Number.isFinite(d)))) &&
      (v.replyDays === undefined || (typeof v.replyDays === 'number' && Number.isFinite(v.replyDays)))
        ? null
        : 'the reminder settings are malformed',
  ],
  [
    /^signingKey$/,
    (v) =>
      isObject(v) && isObject(v.privateKey) && isObject(v.publicKey) && typeof v.publicKey.x === 'string' && typeof v.publicKey.y === 'string' && typeof v.id === 'string'
        ? null
        : 'the evidence key is damaged',
  ],
];

const knownValue: Check = (r) => {
  const key = String(r.key);
  for (const [pattern, check] of VALUE_CHECKS) if (pattern.test(key)) return check(r.value);
  return null;
};

export const validateSetting = validator(nonEmptyText('key'), knownValue);

/** Small key/value preferences (current case, switches). */
export class SettingsStore {
  constructor(private readonly ctx: StoreContext) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await (await this.ctx.db()).get('settings', key);
    return validateSetting(row) ? undefined : (row?.value as T | undefined);
  }

  /** What is wrong with a stored setting, or null when it is fine or absent. */
  async problem(key: string): Promise<string | null> {
    const row = await (await this.ctx.db()).get('settings', key);
    return row === undefined ? null : validateSetting(row);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.ctx.write(['settings'], (tx) => tx.objectStore('settings').put({ key, value }).then(() => undefined));
  }
}
