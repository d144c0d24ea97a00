import { useEffect, useState } from 'preact/hooks';
import { evidenceKindLabel } from '@/utils/cases/labels';
import type { EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { readableKind } from '@/utils/viewer/readable';
import { useObjectUrl } from './useObjectUrl';

const ICONS: Record<string, string> = { mhtml: '▤', html: '▤', text: '¶', attachment: '✉' };

/**
 * The capture's small preview; for an image saved without one, the original.
 * Only raster images become <img>: a "thumbnail" claiming text/html or SVG is
 * shown as an icon, so nothing from a page is ever rendered in our origin.
 */
export function EvidenceThumb({ record, store, alt }: { record: EvidenceRecord; store: Store; alt: string }) {
  const thumbIsImage = !!record.thumb && readableKind(record.thumb.mime, 'thumbnail') === 'image';
  const recordIsImage = readableKind(record.mime, record.kind) === 'image';
  const [bytes, setBytes] = useState<ArrayBuffer | undefined>(thumbIsImage ? record.thumb!.bytes : undefined);
  const mime = thumbIsImage ? record.thumb!.mime : record.mime;
  useEffect(() => {
    if (thumbIsImage || !recordIsImage) return;
    store.getEvidenceBytes(record.id).then(setBytes, () => setBytes(undefined));
  }, [record.id]);
  const url = useObjectUrl(bytes, mime);
  if (!thumbIsImage && !recordIsImage) {
    return (
      <div class="thumb thumb-file">
        <span aria-hidden="true" class="thumb-icon">{ICONS[record.kind] ?? '▤'}</span>
        <span>{evidenceKindLabel(record.kind)}</span>
      </div>
    );
  }
  return url ? <img class="thumb" src={url} alt={alt} /> : <div class="thumb thumb-empty" />;
}
