/**
 * Saves text or bytes as a file from an extension page. The object URL lives
 * a while: Firefox reads it after its save dialog closes.
 */
export function downloadFile(name: string, data: BlobPart | BlobPart[], mime: string): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(data) ? data : [data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 120_000);
}
