import { useEffect, useRef, useState } from 'preact/hooks';
import { useObjectUrl } from '@/components/useObjectUrl';
import type { EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { formatUtc } from '@/utils/format';
import { t } from '@/utils/i18n';

function useModal(): preact.RefObject<HTMLDialogElement> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return ref;
}

/** The capture at full resolution, scrollable. */
export function FullSizeDialog({ record, store, onClose }: { record: EvidenceRecord; store: Store; onClose(): void }) {
  const ref = useModal();
  const [bytes, setBytes] = useState<ArrayBuffer>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    store.getEvidenceBytes(record.id).then(setBytes, (e: Error) => setError(e.message));
  }, [record.id]);
  const url = useObjectUrl(bytes, record.mime);
  return (
    <dialog ref={ref} onClose={onClose} data-testid="full-size">
      <button onClick={() => ref.current?.close()}>{t('lockerClose')}</button>
      <p class="mono">
        {record.url} · {formatUtc(record.capturedAt)}
      </p>
      {error && <p class="error">{error}</p>}
      {url && record.mime.startsWith('image/') && <img class="full" src={url} alt={record.title || record.url} />}
      {url && !record.mime.startsWith('image/') && (
        <a class="button" href={url} download={`${record.id}`}>
          {record.mime}
        </a>
      )}
    </dialog>
  );
}

/** Deleting evidence is deliberate: a second step, and a reason that goes into the log. */
export function DeleteDialog({ record, onConfirm, onClose }: { record: EvidenceRecord; onConfirm(reason: string): Promise<void>; onClose(): void }) {
  const ref = useModal();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  return (
    <dialog ref={ref} onClose={onClose} data-testid="delete-dialog">
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
        <h2>{t('lockerDeleteConfirmTitle')}</h2>
        <p>{t('lockerDeleteConfirmBody')}</p>
        <p class="mono">
          {record.url}
          <br />
          {record.sha256}
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
