export const hasOpenssl: boolean;
export interface LocalTsa {
  dir: string;
  url: string;
  caPem: Buffer;
  requests: { query: Buffer; contentType: string | undefined }[];
  close(): Promise<void>;
}
export function startLocalTsa(): Promise<LocalTsa>;
