import type * as pkijs from 'pkijs';
import type { TimestampCheck } from './verify-core';
export function parseToken(bytes: Uint8Array): { signed: pkijs.SignedData; tstInfo: pkijs.TSTInfo };
export function checkTimestamp(tokenBytes: Uint8Array, manifestSha256: string, manifestBytes: Uint8Array): Promise<TimestampCheck>;
