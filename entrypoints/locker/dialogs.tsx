import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { useObjectUrl } from '@/components/useObjectUrl';
import { evidenceKindLabel } from '@/utils/cases/labels';
import type { EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { downloadName, formatLocal, formatUtc } from '@/utils/format';
import { t, uiLocale } from '@/utils/i18n';
import { toReadable, VIEWER_SANDBOX, type Readable } from '@/utils/viewer/readable';

function useModal(): preact.RefObject<HTMLDialogElement> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return ref;
}

/** Saves the item's exact bytes under a name a person recognises; never as a page that could open in our origin. */
export async function downloadEvidence(record: EvidenceRecord, store: Store): Promise<void> {
  const bytes = await store.getEvidenceBytes(record.id);
  downloadFile(downloadName(record), bytes, /html|svg|multipart|mimearchive/i.test(record.mime) ? 'application/octet-stream' : record.mime);
}

/**
 * The item to read: a picture at full size, text as text, a page copy in a
 * sandboxed frame with no scripts and no network (utils/viewer/readable.ts).
 */
export function FullSizeDialog({ record, store, onClose }: { record: EvidenceRecord; store: Store; onClose(): void }) {
  const ref = useModal();
  const [bytes, setBytes] = useState<ArrayBuffer>();
  const [readable, setReadable] = useState<Readable>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    store.getEvidenceBytes(record.id).then(
      (b) => {
        setBytes(b);
        setReadable(toReadable(b, record.mime, record.kind));
      },
      (e: Error) => setError(e.message),
    );
  }, [record.id]);
  const url = useObjectUrl(readable?.kind === 'image' ? bytes : undefined, record.mime);
  return (
    <dialog ref={ref} onClose={onClose} data-testid="full-size" aria-labelledby="viewer-title">
      <div class="viewer-bar">
        <h2 id="viewer-title">{evidenceKindLabel(record.kind)} · {record.title || record.url}</h2>
        <button onClick={() => void downloadEvidence(record, store)} data-testid="download">{t('lockerDownload')}</button>
        <button onClick={() => ref.current?.close()}>{t('lockerClose')}</button>
      </div>
      <p class="muted" title={formatUtc(record.capturedAt)}>{formatLocal(record.capturedAt, undefined, uiLocale())}</p>
      {error && <p class="error" role="alert">{error}</p>}
      {readable?.kind === 'image' && url && <img class="full" src={url} alt={record.title || record.url} />}
      {readable?.kind === 'text' && <pre class="pasted readable-text" data-testid="viewer-text">{readable.text}</pre>}
      {readable?.kind === 'html' && (
        <>
          <p class="muted small">{t('viewerLockedDown')}</p>
          <iframe class="readable-page" title={t('viewerPageCopy')} sandbox={VIEWER_SANDBOX} srcdoc={readable.srcdoc} referrerpolicy="no-referrer" data-testid="viewer-page" />
        </>
      )}
      {readable?.kind === 'none' && <p>{t('viewerDownloadOnly')}</p>}
    </dialog>
  );
}

/** Deleting evidence is deliberate: a second step, and a reason that goes into the log. */
export function DeleteDialog({ record, onConfirm, onClose }: { record: EvidenceRecord; onConfirm(reason: string): Promise<void>; onClose(): void }) {
  const ref = useModal();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  return (
    <dialog ref={ref} onClose={onClose} data-testid="delete-dialog" aria-labelledby="delete-title">
      <form
        method="dialog"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await onConfirm(reason);
            ref.current?.close();
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        <h2 id="delete-title">{t('lockerDeleteConfirmTitle')}</h2>
        <p>{t('lockerDeleteConfirmBody')}</p>
        <p>
          {evidenceKindLabel(record.kind)} · {record.url || record.title}
        </p>
        <label>
          {t('lockerDeleteReason')}
          <br />
          <textarea value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
        </label>
        {error && <p class="error">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('lockerCancel')}
          </button>
          <button type="submit" class="danger" data-testid="confirm-delete">
            {t('lockerDeleteConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
