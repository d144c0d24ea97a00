import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { caseStatusLabel, logLine } from '@/utils/cases/labels';
import { CASE_STATUSES } from '@/utils/cases/validate';
import type { CaseRecord, LogRecord, Region } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { formatLocal, formatUtc } from '@/utils/format';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { PlatformSettings } from './PlatformSettings';
import { formatFingerprint } from '@/utils/bundle/fingerprint.js';

const REGIONS: Region[] = ['eu', 'uk', 'us', 'in', 'br', 'other'];
const key = (prefix: string, value: string) => `${prefix}_${value.replace(/[- ]/g, '_')}` as MessageKey;

type Damaged = { store: string; id: string; problem: string };

/** The store's list of damaged records (store engineer's `listDamaged`), when this build has it. */
async function listDamaged(store: Store): Promise<Damaged[]> {
  const withDamaged = store as Store & { listDamaged?: () => Promise<Damaged[]> };
  if (!('listDamaged' in store) || typeof withDamaged.listDamaged !== 'function') return [];
  return withDamaged.listDamaged().catch(() => []);
}

/** The key that signs bundles, as a fingerprint a recipient can compare; nothing when the background has none. */
async function evidenceKey(): Promise<{ fingerprint: string; keyId: string } | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'ui→bg:evidence-key', payload: {} })) as { ok?: boolean; value?: { fingerprint?: unknown; keyId?: unknown } } | undefined;
    const value = reply?.ok ? reply.value : undefined;
    return typeof value?.fingerprint === 'string' && typeof value.keyId === 'string' ? { fingerprint: value.fingerprint, keyId: value.keyId } : undefined;
  } catch {
    return undefined;
  }
}

/** The case's facts, the platforms watched, the signing key, damaged records and the log of changes. */
export function SettingsTab({ store, theCase, log, onChanged }: { store: Store; theCase: CaseRecord; log: LogRecord[]; onChanged(c: CaseRecord): void }) {
  const [draft, setDraft] = useState(theCase);
  const [note, setNote] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [damaged, setDamaged] = useState<Damaged[]>([]);
  const [signingKey, setSigningKey] = useState<{ fingerprint: string; keyId: string }>();
  const lang = uiLocale();
  useEffect(() => setDraft(theCase), [theCase.id]);
  useEffect(() => {
    void listDamaged(store).then(setDamaged);
    void evidenceKey().then(setSigningKey);
  }, []);

  async function save(changes: Partial<CaseRecord>) {
    try {
      const updated = await send('ui→bg:case-update', { id: theCase.id, changes });
      onChanged(updated);
      setNote({ kind: 'success', text: t('lockerSaved') });
    } catch (e) {
      setNote({ kind: 'error', text: (e as Error).message });
    }
  }

  return (
    <>
      <section class="card" data-testid="case-facts" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('lockerCaseFacts')}</h2>
        <form
          class="facts-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save({ title: draft.title, account: draft.account, status: draft.status, decisionDate: draft.decisionDate || undefined, region: draft.region, business: draft.business, referenceIds: draft.referenceIds });
          }}
        >
          <label>{t('lockerTitleField')}<input type="text" value={draft.title} onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })} /></label>
          <label>{t('lockerAccount')}<input type="text" value={draft.account ?? ''} onInput={(e) => setDraft({ ...draft, account: (e.target as HTMLInputElement).value })} /></label>
          <label>{t('lockerStatus')}
            <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: (e.target as HTMLSelectElement).value as CaseRecord['status'] })} data-testid="case-status">
              {CASE_STATUSES.map((s) => <option value={s} key={s}>{caseStatusLabel(s)}</option>)}
            </select>
          </label>
          <label>{t('appealDecisionDate')}<input type="date" value={draft.decisionDate?.slice(0, 10) ?? ''} onInput={(e) => setDraft({ ...draft, decisionDate: (e.target as HTMLInputElement).value })} data-testid="case-decision-date" /></label>
          <label>{t('appealRegion')}
            <select value={draft.region} onChange={(e) => setDraft({ ...draft, region: (e.target as HTMLSelectElement).value as Region })} data-testid="case-region">
              {REGIONS.map((r) => <option value={r} key={r}>{t(key('region', r))}</option>)}
            </select>
          </label>
          <label>{t('lockerReferenceIds')}<input type="text" value={draft.referenceIds.join(', ')} onInput={(e) => setDraft({ ...draft, referenceIds: (e.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean) })} data-testid="case-reference-ids" /></label>
          <label class="inline"><input type="checkbox" checked={draft.business} onChange={(e) => setDraft({ ...draft, business: (e.target as HTMLInputElement).checked })} /> {t('appealBusiness')}</label>
          <button class="primary" type="submit" data-testid="case-save">{t('lockerSave')}</button>
        </form>
        {note && <p class={note.kind} role={note.kind === 'error' ? 'alert' : 'status'} data-testid="case-note">{note.text}</p>}
      </section>

      <section class="card">
        <PlatformSettings store={store} />
      </section>

      {signingKey && (
        <section class="card" aria-labelledby="key-title" data-testid="evidence-key">
          <h2 id="key-title">{t('settingsEvidenceKey')}</h2>
          <p>{t('settingsEvidenceKeyWhy')}</p>
          <p class="mono fingerprint" data-testid="settings-key">{formatFingerprint(signingKey.fingerprint)}</p>
        </section>
      )}

      {damaged.length > 0 && (
        <section class="card damaged" aria-labelledby="damaged-title" data-testid="damaged-records">
          <h2 id="damaged-title">{t('settingsDamaged')}</h2>
          <p>{t('settingsDamagedWhy')}</p>
          <ul>
            {damaged.map((d) => <li key={`${d.store}:${d.id}`}><span class="mono">{d.store} · {d.id}</span> · {d.problem}</li>)}
          </ul>
        </section>
      )}

      <section class="card" aria-labelledby="log-title">
        <h2 id="log-title">{t('lockerLog')}</h2>
        {log.length === 0 ? (
          <p class="muted">{t('lockerLogEmpty')}</p>
        ) : (
          <ul class="log" data-testid="log">
            {log.map((entry) => (
              <li key={entry.id}>
                <strong title={formatUtc(entry.at)}>{formatLocal(entry.at, undefined, lang)}</strong> · {logLine(entry)}
                {entry.subject && <div class="mono muted small">{Object.entries(entry.subject).map(([k, v]) => `${k}: ${v}`).join(' · ')}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
