import { useEffect, useState } from 'preact/hooks';
import type { EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { useObjectUrl } from './useObjectUrl';

/** The capture's small preview; for an item saved without one, the original image. */
export function EvidenceThumb({ record, store, alt }: { record: EvidenceRecord; store: Store; alt: string }) {
  const [bytes, setBytes] = useState<ArrayBuffer | undefined>(record.thumb?.bytes);
  const mime = record.thumb?.mime ?? record.mime;
  useEffect(() => {
    if (record.thumb || !record.mime.startsWith('image/')) return;
    store.getEvidenceBytes(record.id).then(setBytes, () => setBytes(undefined));
  }, [record.id]);
  const url = useObjectUrl(bytes, mime);
  if (!record.mime.startsWith('image/')) return <div class="thumb thumb-file">{record.kind}</div>;
  return url ? <img class="thumb" src={url} alt={alt} /> : <div class="thumb thumb-empty" />;
}
