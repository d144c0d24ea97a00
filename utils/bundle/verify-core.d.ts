export const MANIFEST: 'manifest.json';
export const DIGEST: 'manifest-digest.json';
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
  signature: 'valid' | 'invalid' | 'absent';
  manifestSha256?: string;
  publicKeyId?: string;
  problem?: string;
}

export interface Verdict extends Comparison {
  intact: boolean;
  unsafe: { path: string; reason: string }[];
  problems: string[];
  digest: DigestCheck['digest'];
  signature: DigestCheck['signature'];
  manifestSha256?: string;
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
export function verdict(parts: { comparison: Comparison; digest: DigestCheck; unsafe?: { path: string; reason: string }[]; problems?: string[] }): Verdict;
