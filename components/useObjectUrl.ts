import { useEffect, useState } from 'preact/hooks';

/** An object URL for bytes, revoked when the component goes away or the bytes change. */
export function useObjectUrl(bytes: ArrayBuffer | undefined, mime: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!bytes) return;
    const next = URL.createObjectURL(new Blob([bytes], { type: mime }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [bytes, mime]);
  return url;
}
