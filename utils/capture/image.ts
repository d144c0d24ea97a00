/** Bytes of a `data:` URL, as `captureVisibleTab` returns it. */
export function dataUrlToBytes(dataUrl: string): { mime: string; bytes: ArrayBuffer } {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL.');
  const [, mime, base64, data] = match;
  if (!base64) return { mime: mime!, bytes: new TextEncoder().encode(decodeURIComponent(data!)).buffer as ArrayBuffer };
  const binary = atob(data!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { mime: mime!, bytes: bytes.buffer };
}

/** Width and height from a PNG's IHDR chunk, without decoding the image. */
export function pngSize(bytes: ArrayBuffer): { width: number; height: number } | null {
  const view = new DataView(bytes);
  if (bytes.byteLength < 24 || view.getUint32(0) !== 0x89504e47) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A small JPEG for lists, made where OffscreenCanvas exists (the service
 * worker, pages). Returns undefined elsewhere: a list then shows the original.
 */
export async function makeThumbnail(bytes: ArrayBuffer, mime: string, maxWidth = 320): Promise<{ mime: string; bytes: ArrayBuffer } | undefined> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return undefined;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
    const scale = Math.min(1, maxWidth / bitmap.width);
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
    return { mime: 'image/jpeg', bytes: await blob.arrayBuffer() };
  } catch {
    return undefined;
  }
}

/**
 * The part of a screenshot that holds one element (the notice itself), with a
 * margin. `rect` is in CSS pixels of the viewport; the image is in device pixels.
 */
export async function cropToElement(bytes: ArrayBuffer, rect: { x: number; y: number; width: number; height: number }, dpr: number, margin = 16): Promise<ArrayBuffer | undefined> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return undefined;
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const x = Math.max(0, Math.floor((rect.x - margin) * dpr));
  const y = Math.max(0, Math.floor((rect.y - margin) * dpr));
  const w = Math.min(bitmap.width - x, Math.ceil((rect.width + 2 * margin) * dpr));
  const h = Math.min(bitmap.height - y, Math.ceil((rect.height + 2 * margin) * dpr));
  if (w <= 0 || h <= 0) {
    bitmap.close();
    return undefined;
  }
  const canvas = new OffscreenCanvas(w, h);
  canvas.getContext('2d')!.drawImage(bitmap, x, y, w, h, 0, 0, w, h);
  bitmap.close();
  return (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
}
