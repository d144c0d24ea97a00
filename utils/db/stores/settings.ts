import { nonEmptyText, validator, type StoreContext } from './base';

export const validateSetting = validator(nonEmptyText('key'));

/** Small key/value preferences (current case, switches). */
export class SettingsStore {
  constructor(private readonly ctx: StoreContext) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await (await this.ctx.db()).get('settings', key);
    return validateSetting(row) ? undefined : (row?.value as T | undefined);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.ctx.write(['settings'], (tx) => tx.objectStore('settings').put({ key, value }).then(() => undefined));
  }
}
