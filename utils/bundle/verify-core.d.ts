export const MANIFEST: 'manifest.json';
export const DIGEST: 'manifest-digest.json';
export const TIMESTAMP: 'manifest-timestamp.tst';
export const BUNDLE_FORMAT: 'reinstate-bundle';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  kind: string;
  capturedAt?: string;
  sourceUrl?: string;
}

export interface Manifest {
  format: 'reinstate-bundle';
  version: 1;
  generator: string;
  caseIds: string[];
  files: ManifestFile[];
}

export interface Comparison {
  changed: string[];
  missing: string[];
  extra: string[];
}

export interface DigestCheck {
  digest: 'valid' | 'invalid' | 'absent';
  signature: 'valid' | 'invalid' | 'malformed' | 'absent';
  manifestSha256?: string;
  /** SHA-256 of the public key (64 hex), computed from the key itself. */
  fingerprint?: string;
  /** The first 16 hex digits of the fingerprint: what 0.1 called publicKeyId. */
  keyId?: string;
  unsignedReason?: string;
  exportedAt?: string;
  generator?: string;
  /** The authority's address the sender asked (from the digest; informational). */
  timestampAuthority?: string;
  problem?: string;
}

export interface VerifyOptions {
  allowUnsigned?: boolean;
  /** Normalised expected key: 64 hex (fingerprint) or 16 hex (0.1 key id). */
  expectedKey?: string;
  checkTimestamp?(token: Uint8Array, manifestSha256: string, manifestBytes: Uint8Array): Promise<TimestampCheck>;
}

export interface TimestampCheck {
  /** False when this verifier cannot check tokens (the verify.mjs inside a bundle). */
  checked: boolean;
  ok: boolean;
  serial?: string;
  problem?: string;
  authority?: string;
  time?: string;
}

export type VerdictStatus = 'intact' | 'invalid' | 'unsafe' | 'unreadable';

export interface Verdict extends Comparison {
  status: VerdictStatus;
  intact: boolean;
  unsafe: { path: string; reason: string }[];
  problems: string[];
  digest: DigestCheck['digest'];
  signature: DigestCheck['signature'];
  keyMatch: 'match' | 'mismatch' | 'not-checked';
  manifestSha256?: string;
  fingerprint?: string;
  keyId?: string;
  unsignedReason?: string;
  exportedAt?: string;
  timestamp?: TimestampCheck;
}

export function unsafePath(name: string): string | null;
export function parseManifest(bytes: Uint8Array): Manifest;
export function compareWithManifest(manifest: Manifest, entries: { path: string; size: number; sha256: string }[]): Comparison;
export function checkDigest(
  digestBytes: Uint8Array | undefined,
  manifestBytes: Uint8Array,
  subtle: SubtleCrypto,
  sha256Hex: (bytes: Uint8Array) => Promise<string>,
): Promise<DigestCheck>;
export function verdict(parts: {
  comparison: Comparison;
  digest: DigestCheck;
  unsafe?: { path: string; reason: string }[];
  problems?: string[];
  unreadable?: boolean;
  zipUnsafe?: boolean;
  options?: VerifyOptions;
}): Verdict;
export function exitCodeOf(result: { status: VerdictStatus }): 0 | 1 | 2;
