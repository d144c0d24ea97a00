import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileSink } from '@/utils/bundle/file-sink';

/** An in-memory stand-in for the origin-private file system: one directory of files, writable streams that record each write. */
function fakeOpfs(existing: string[] = []) {
  const files = new Map<string, Uint8Array[]>(existing.map((n) => [n, [new Uint8Array([1])]]));
  const writes: number[] = [];
  const dir = {
    keys: async function* () {
      yield* [...files.keys()];
    },
    removeEntry: async (name: string) => void files.delete(name),
    getFileHandle: async (name: string) => {
      files.set(name, []);
      const chunks = () => files.get(name)!;
      return {
        name,
        createWritable: async () => ({
          write: async (data: Uint8Array) => void (writes.push(data.length), chunks().push(data.slice())),
          close: async () => undefined,
          abort: async () => undefined,
        }),
        getFile: async () => new File(chunks() as BlobPart[], name),
      };
    },
  };
  vi.stubGlobal('navigator', { ...navigator, storage: { getDirectory: async () => ({ getDirectoryHandle: async () => dir }) } });
  return { files, writes };
}

afterEach(() => vi.unstubAllGlobals());

describe('the file sink an export writes into (OPFS)', () => {
  it('writes exactly the bytes given, in order, small chunks gathered and large ones as they are; an earlier export is removed', async () => {
    const { files, writes } = fakeOpfs(['reinstate-bundle-old.zip']);
    const sink = (await FileSink.open('reinstate-bundle-new.zip', 1000))!;
    expect(files.has('reinstate-bundle-old.zip')).toBe(false);
    const written: number[] = [];
    let n = 0;
    for (const size of [30, 2, 99, 700, 70_000, 5, 400, 1, 65_536, 0, 300]) {
      const chunk = new Uint8Array(size).map(() => n++ % 251);
      written.push(...chunk);
      await sink.write(chunk);
    }
    const file = await sink.end();
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual(written);
    // Headers and small files go out a buffer at a time; 64 kB and more straight through.
    expect(writes).toEqual([831, 70_000, 406, 65_536, 300]);
  });

  it('splices Blobs between slices of the file by reference: they are never written into it, and the parts join to the whole bundle in order', async () => {
    const { writes } = fakeOpfs();
    const sink = (await FileSink.open('reinstate-bundle-spliced.zip', 1000))!;
    const first = new Blob([new Uint8Array(70_000).fill(7)]);
    const second = new Blob([new Uint8Array([9, 9])]);
    await sink.write(new Uint8Array([1, 2, 3]));
    sink.writeBlob(first);
    await sink.write(new Uint8Array([4]));
    await sink.write(new Uint8Array(66_000).fill(5));
    sink.writeBlob(second);
    sink.writeBlob(first);
    const parts = await sink.endParts();
    expect(parts.filter((p) => p === first || p === second)).toEqual([first, second, first]);
    // Only the page's own chunks reached the file: 3 + 1 gathered into one write, then 66,000 straight through.
    expect(writes).toEqual([4, 66_000]);
    const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
    expect(bytes.length).toBe(3 + 70_000 + 1 + 66_000 + 2 + 70_000);
    expect([...bytes.subarray(0, 4)]).toEqual([1, 2, 3, 7]);
    expect(bytes[70_003]).toBe(4);
    expect(bytes[70_004]).toBe(5);
    expect([...bytes.subarray(136_004, 136_007)]).toEqual([9, 9, 7]);
    expect(bytes[bytes.length - 1]).toBe(7);
  });

  it('without spliced Blobs, its parts are the file alone', async () => {
    fakeOpfs();
    const sink = (await FileSink.open('reinstate-bundle-plain.zip', 1000))!;
    await sink.write(new Uint8Array([1, 2, 3]));
    const parts = await sink.endParts();
    expect(parts).toHaveLength(1);
    expect([...new Uint8Array(await parts[0]!.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('keeps writing while the disk is busy, never more than its bound in flight, in order; a failed write is thrown, not lost', async () => {
    const { files } = fakeOpfs();
    const sink = (await FileSink.open('reinstate-bundle-slow.zip', 100, 250))!;
    // The fake's writes finish only when released, in order, as a disk would; call `failAt` fails.
    const handle = { release: [] as (() => void)[], inFlight: 0, most: 0, failAt: -1, calls: 0 };
    const slow = (target: FileSink) => {
      const stream = (target as unknown as { stream: { write(d: Uint8Array): Promise<void> } }).stream;
      const write = stream.write.bind(stream);
      stream.write = (data) => {
        const call = handle.calls++;
        handle.inFlight += data.length;
        handle.most = Math.max(handle.most, handle.inFlight);
        return new Promise<void>((resolve, reject) => handle.release.push(() => {
          handle.inFlight -= data.length;
          if (call === handle.failAt) reject(new Error('disk full'));
          else void write(data).then(resolve);
        }));
      };
    };
    slow(sink);
    const pump = setInterval(() => handle.release.shift()?.(), 1);
    try {
      const written: number[] = [];
      for (let i = 0; i < 12; i++) {
        const chunk = new Uint8Array(100).fill(i);
        written.push(...chunk);
        await sink.write(chunk);
      }
      const file = await sink.end();
      expect([...new Uint8Array(await file.arrayBuffer())]).toEqual(written);
      // Several writes were on their way at once (the page did not wait for each), never more than the bound plus one chunk.
      expect(handle.most).toBeGreaterThan(100);
      expect(handle.most).toBeLessThanOrEqual(350);

      const failing = (await FileSink.open('reinstate-bundle-full.zip', 100, 250))!;
      slow(failing);
      handle.calls = 0;
      handle.failAt = 1;
      const attempt = (async () => {
        for (let i = 0; i < 12; i++) await failing.write(new Uint8Array(100));
        await failing.end();
      })();
      await expect(attempt).rejects.toThrow('disk full');
      await failing.abort();
      expect(files.has('reinstate-bundle-full.zip')).toBe(false);
    } finally {
      clearInterval(pump);
    }
  });

  it('an aborted export leaves no file', async () => {
    const { files } = fakeOpfs();
    const sink = (await FileSink.open('reinstate-bundle-x.zip'))!;
    await sink.write(new Uint8Array(10));
    await sink.abort();
    expect(files.size).toBe(0);
  });

  it('an aborted export also removes the batch files its Workers wrote beside it (partName), and only those', async () => {
    const { files } = fakeOpfs();
    const sink = (await FileSink.open('reinstate-bundle-x.zip'))!;
    expect(sink.partName(3)).toBe('reinstate-bundle-x.zip.part-3');
    // As a lay-out Worker writes them (through its own handle), and an unrelated file in the same folder.
    for (const name of [sink.partName(0), sink.partName(1), 'reinstate-bundle-y.zip.part-0']) files.set(name, [new Uint8Array(5)]);
    await sink.abort();
    expect([...files.keys()]).toEqual(['reinstate-bundle-y.zip.part-0']);
  });

  it('gives nothing where there is no writable OPFS, so the page falls back to Blobs', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: {} });
    expect(await FileSink.open('x.zip')).toBeUndefined();
  });
});
