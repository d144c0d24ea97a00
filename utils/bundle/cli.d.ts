export function main(
  argv: string[],
  io: { out(text: string): void; err(text: string): void },
  deps?: { selfPath?: string; checkTimestamp?(token: unknown, manifestSha256: string): Promise<{ ok: boolean; problem?: string; authority?: string; time?: string }> },
): Promise<number>;
export function scriptPath(metaUrl: string): string;
