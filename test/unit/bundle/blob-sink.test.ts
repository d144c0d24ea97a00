import { describe, expect, it } from 'vitest';
import { BlobSink } from '@/utils/bundle/blob-sink';

describe('the Blob sink an export writes into', () => {
  it('gives back exactly the bytes written, in order, small ones copied and large ones kept, in Blobs of about flushAt', async () => {
    const sink = new BlobSink(1000, 100);
    const written: number[] = [];
    let n = 0;
    // Headers and pin images (small), a screenshot (large), in the order an export writes them.
    for (const size of [30, 2, 99, 100, 5, 700, 1, 250, 64, 3000, 7, 0, 40]) {
      const chunk = new Uint8Array(size).map(() => n++ % 251);
      written.push(...chunk);
      sink.write(chunk);
    }
    const blobs = sink.end();
    const joined = new Uint8Array(await new Blob(blobs).arrayBuffer());
    expect([...joined]).toEqual(written);
    expect(blobs.length).toBeGreaterThanOrEqual(3);
    // Every Blob but the last is at least flushAt bytes and at most one chunk more.
    for (const blob of blobs.slice(0, -1)) expect(blob.size).toBeGreaterThanOrEqual(1000);
    expect(sink.end()).toHaveLength(blobs.length);
  });

  it('takes a Blob as it is, in its place between copied chunks', async () => {
    const sink = new BlobSink(1000, 100);
    sink.write(new Uint8Array([1, 2]));
    sink.writeBlob(new Blob([new Uint8Array([3, 4, 5])]));
    sink.write(new Uint8Array([6]));
    sink.writeBlob(new Blob([new Uint8Array(1200).fill(7)]));
    sink.write(new Uint8Array([8]));
    const joined = new Uint8Array(await new Blob(sink.end()).arrayBuffer());
    expect([...joined.subarray(0, 6)]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(joined.length).toBe(1207);
    expect(joined[1205]).toBe(7);
    expect(joined[1206]).toBe(8);
  });

  it('does not keep the bytes of one written chunk tied to the caller: a reused array does not change what was written', async () => {
    const sink = new BlobSink(1 << 20, 64);
    const reused = new Uint8Array([1, 2, 3]);
    sink.write(reused);
    reused.set([9, 9, 9]);
    sink.write(reused);
    expect([...new Uint8Array(await new Blob(sink.end()).arrayBuffer())]).toEqual([1, 2, 3, 9, 9, 9]);
  });
});
