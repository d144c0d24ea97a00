export function buildZip(entries: unknown[], options?: Record<string, unknown>): Uint8Array;
export function hostileBundles(good: Uint8Array): Promise<{ group: string; name: string; how: string; bytes: Uint8Array }[]>;
