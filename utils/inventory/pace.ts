import type { Store } from '../db/store';
import { DEFAULT_PACE_MS, PACE_FLOOR_MS } from './runner';

export const PACE_SETTING = 'inventoryPaceMs';

/** The gap between two requests: the user's setting, never below the floor. The e2e build may go faster. */
export function paceFloor(): number {
  return import.meta.env.MODE === 'e2e' ? 20 : PACE_FLOOR_MS;
}

export async function inventoryPace(store: Store): Promise<number> {
  const setting = await store.getSetting<number>(PACE_SETTING);
  return Math.max(paceFloor(), typeof setting === 'number' && Number.isFinite(setting) ? setting : DEFAULT_PACE_MS);
}
