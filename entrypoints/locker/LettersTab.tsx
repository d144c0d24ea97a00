import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadFile } from '@/components/download';
import { CHANNELS } from '@/utils/cases/validate';
import type { Channel, CorrespondenceRecord, LetterRecord } from '@/utils/db/schema';
import { formatLocal, formatUtc } from '@/utils/format';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';

/** Letters drafted, messages sent and received, and the form to log one. */
export function LettersTab({ caseId, letters, messages, onAdded }: { caseId: string; letters: LetterRecord[]; messages: CorrespondenceRecord[]; onAdded(): void }) {
  const lang = uiLocale();
  return (
    <>
      <section class="card" aria-labelledby="letters-title" data-testid="letters">
        <h2 id="letters-title">{t('lockerLetters')}</h2>
        {letters.length === 0 ? <p class="muted">{t('lockerNoLetters')}</p> : (
          <ul class="messages">
            {[...letters].reverse().map((l) => (
              <li key={l.id}>
                <strong>{l.subject}</strong> <span class="muted" title={formatUtc(l.createdAt)}>· {formatLocal(l.createdAt, undefined, lang)}</span>
                <details>
                  <summary>{t('lockerShowLetter')}</summary>
                  <pre class="pasted" lang={l.language}>{l.body}</pre>
                  <button onClick={() => downloadFile(`${l.createdAt.slice(0, 10)}-letter-${l.language}.txt`, `${l.subject}\n\n${l.body}`, 'text/plain;charset=utf-8')}>{t('lockerDownload')}</button>
                </details>
              </li>
            ))}
          </ul>
        )}
        <p><a class="button primary" href={browser.runtime.getURL(`/appeal.html?case=${caseId}`)}>{t('popupWriteAppeal')}</a></p>
      </section>
      <CorrespondenceSection caseId={caseId} messages={messages} onAdded={onAdded} />
    </>
  );
}

function CorrespondenceSection({ caseId, messages, onAdded }: { caseId: string; messages: CorrespondenceRecord[]; onAdded(): void }) {
  const now = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const [form, setForm] = useState({ at: now(), channel: 'email' as Channel, direction: 'received' as 'sent' | 'received', summary: '', referenceId: '', text: '' });
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  const lang = uiLocale();
  return (
    <section class="card" data-testid="correspondence" aria-labelledby="correspondence-title">
      <h2 id="correspondence-title">{t('lockerCorrespondence')}</h2>
      {messages.length === 0 ? <p class="muted">{t('lockerNoCorrespondence')}</p> : (
        <ul class="messages">
          {messages.map((m) => (
            <li key={m.id} data-testid="message">
              <span aria-hidden="true">{m.direction === 'sent' ? '↗' : '↘'}</span> <strong title={formatUtc(m.at)}>{formatLocal(m.at, undefined, lang)}</strong> · {t(`direction_${m.direction}` as MessageKey)} · {t(`channel_${m.channel.replace(/-/g, '_')}` as MessageKey)} · {m.summary}{m.referenceId ? ` · ${m.referenceId}` : ''}
              {m.text && <details><summary>{t('lockerShowText')}</summary><pre class="pasted">{m.text}</pre></details>}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('lockerAddMessage')}</summary>
        <form
          class="facts-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setError(undefined);
            try {
              const attachmentIds: string[] = [];
              for (const file of files) {
                const bytes = new Uint8Array(await file.arrayBuffer());
                let binary = '';
                for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
                attachmentIds.push((await send('ui→bg:attachment-add', { caseId, name: file.name, mime: file.type, base64: btoa(binary) })).id);
              }
              await send('ui→bg:correspondence-add', {
                caseId, at: new Date(form.at).toISOString(), channel: form.channel, direction: form.direction, summary: form.summary,
                ...(form.referenceId ? { referenceId: form.referenceId } : {}), ...(form.text ? { text: form.text } : {}), attachmentIds,
              });
              setForm({ ...form, summary: '', referenceId: '', text: '' });
              setFiles([]);
              onAdded();
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          <label>{t('lockerWhen')}<input type="datetime-local" value={form.at} onInput={(e) => setForm({ ...form, at: (e.target as HTMLInputElement).value })} data-testid="message-at" /></label>
          <label>{t('lockerChannel')}
            <select value={form.channel} onChange={(e) => setForm({ ...form, channel: (e.target as HTMLSelectElement).value as Channel })}>
              {CHANNELS.map((c) => <option value={c} key={c}>{t(`channel_${c.replace(/-/g, '_')}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>{t('lockerDirection')}
            <select value={form.direction} onChange={(e) => setForm({ ...form, direction: (e.target as HTMLSelectElement).value as 'sent' | 'received' })} data-testid="message-direction">
              <option value="received">{t('direction_received')}</option>
              <option value="sent">{t('direction_sent')}</option>
            </select>
          </label>
          <label>{t('lockerSummary')}<input type="text" required value={form.summary} onInput={(e) => setForm({ ...form, summary: (e.target as HTMLInputElement).value })} data-testid="message-summary" /></label>
          <label>{t('lockerReference')}<input type="text" value={form.referenceId} onInput={(e) => setForm({ ...form, referenceId: (e.target as HTMLInputElement).value })} /></label>
          <label class="wide">{t('lockerPastedText')}<textarea value={form.text} onInput={(e) => setForm({ ...form, text: (e.target as HTMLTextAreaElement).value })} data-testid="message-text" /></label>
          <label>{t('lockerAttach')}<input type="file" multiple onChange={(e) => setFiles([...((e.target as HTMLInputElement).files ?? [])])} /></label>
          <button class="primary" type="submit" data-testid="message-add">{t('lockerLogIt')}</button>
          {error && <p class="error" role="alert">{error}</p>}
        </form>
      </details>
    </section>
  );
}
