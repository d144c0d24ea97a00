export function keyFingerprint(publicKey: { x?: string; y?: string }, sha256Hex: (bytes: Uint8Array) => Promise<string>): Promise<string>;
export function formatFingerprint(hex: string): string;
export function normaliseExpectedKey(input: string | undefined | null): string | null;
export function keyMatches(fingerprint: string, expected: string): boolean;
