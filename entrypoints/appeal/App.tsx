import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftAppeal, letterKindsFor, odsBodiesFor, TEMPLATE_LANGUAGES, type LetterKind } from '@/utils/appeal/draft';
import type { CaseRecord, EvidenceRecord, NoticeRecord, Region } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { PasteNotice } from '@/components/PasteNotice';

const store = new Store();
const REGIONS: Region[] = ['eu', 'uk', 'us', 'in', 'br', 'other'];
const params = new URLSearchParams(location.search);

export function App() {
  const [theCase, setCase] = useState<CaseRecord>();
  const [notice, setNotice] = useState<NoticeRecord>();
  const [evidence, setEvidence] = useState<EvidenceRecord[]>([]);
  const [pasted, setPasted] = useState('');
  const [kind, setKind] = useState<LetterKind>('internal-complaint');
  const [language, setLanguage] = useState(() => (TEMPLATE_LANGUAGES as readonly string[]).includes(uiLanguage()) ? uiLanguage() : 'en');
  const [tone, setTone] = useState<'formal' | 'concise'>('formal');
  const [userName, setUserName] = useState('');
  const [odsBodyId, setOdsBodyId] = useState<string>();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [edited, setEdited] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    (async () => {
      const noticeId = params.get('notice');
      const found = noticeId ? await store.getNotice(noticeId) : undefined;
      const caseId = params.get('case') ?? found?.caseId ?? (await send('ui→bg:current-case', {})).id;
      const c = await store.getCase(caseId);
      const notices = found ? [found] : await store.listNotices(caseId);
      setCase(c);
      setNotice(notices[0]);
      if (notices[0] && (TEMPLATE_LANGUAGES as readonly string[]).includes(notices[0].language)) setLanguage(notices[0].language);
      const listed = await store.listEvidence({ caseId });
      setEvidence(listed.flatMap((l) => (l.ok ? [l.record] : [])).filter((e) => !notices[0] || e.noticeId === notices[0].id));
    })().catch((e: Error) => setError(e.message));
  }, []);

  const draft = useMemo(() => {
    if (!theCase) return undefined;
    return draftAppeal({
      kind,
      language,
      tone,
      notice: notice
        ? { text: notice.text, kind: notice.kind, seenAt: notice.seenAt, url: notice.url, channel: 'in-product' }
        : { text: pasted, kind: 'account_suspended' },
      context: {
        platform: theCase.platform,
        region: theCase.region,
        business: theCase.business,
        decisionDate: theCase.decisionDate,
        account: notice?.account ?? theCase.account,
        userName: userName || undefined,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        ...(odsBodyId ? { odsBodyId } : {}),
      },
      evidence: evidence.map((e) => ({ kind: e.kind, capturedAt: e.capturedAt, sha256: e.sha256 })),
    });
  }, [theCase, notice, pasted, kind, language, tone, userName, evidence, odsBodyId]);

  useEffect(() => {
    if (draft && !edited) {
      setSubject(draft.subject);
      setBody(draft.body);
    }
  }, [draft]);

  async function updateCase(changes: Partial<CaseRecord>) {
    if (!theCase) return;
    try {
      setError(undefined);
      setCase(await send('ui→bg:case-update', { id: theCase.id, changes }));
      setEdited(false);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function copy() {
    await navigator.clipboard.writeText(`${subject}\n\n${body}`);
    setStatus(t('appealCopied'));
  }

  async function markSent() {
    if (!theCase || !draft) return;
    const letter = await send('ui→bg:letter-save', { caseId: theCase.id, ...(notice ? { noticeId: notice.id } : {}), kind, language: draft.language, tone, subject, body });
    await send('ui→bg:correspondence-add', {
      caseId: theCase.id,
      at: new Date().toISOString(),
      channel: kind === 'internal-complaint' ? 'in-product' : 'email',
      direction: 'sent',
      summary: `${t(`appealKind_${kind.replace(/-/g, '_')}` as MessageKey)}: ${subject}`,
      text: `${subject}\n\n${body}`,
      letterId: letter.id,
      attachmentIds: [],
    });
    if (kind === 'internal-complaint' && theCase.status === 'open') await updateCase({ status: 'appealed' });
    setStatus(t('appealSentLogged'));
  }

  if (!theCase) return <main>{error ? <p class="error">{error}</p> : '…'}</main>;
  const kinds = letterKindsFor(theCase.region, theCase.business);
  const ods = odsBodiesFor(theCase.platform, language);

  return (
    <main>
      <header>
        <h1>{t('appealTitle')}</h1>
        <p class="muted">{t('appealIntro')}</p>
      </header>
      <div>
        <div class="controls">
          <label>
            {t('appealKind')}
            <select value={kind} onChange={(e) => (setKind((e.target as HTMLSelectElement).value as LetterKind), setEdited(false))} data-testid="letter-kind">
              {kinds.map((k) => <option value={k} key={k}>{t(`appealKind_${k.replace(/-/g, '_')}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>
            {t('appealLanguage')}
            <select value={language} onChange={(e) => (setLanguage((e.target as HTMLSelectElement).value), setEdited(false))} data-testid="letter-language">
              {TEMPLATE_LANGUAGES.map((l) => <option value={l} key={l}>{new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(l)}</option>)}
            </select>
          </label>
          <label>
            {t('appealTone')}
            <select value={tone} onChange={(e) => (setTone((e.target as HTMLSelectElement).value as 'formal' | 'concise'), setEdited(false))}>
              <option value="formal">{t('appealToneFormal')}</option>
              <option value="concise">{t('appealToneConcise')}</option>
            </select>
          </label>
          <label>
            {t('appealRegion')}
            <select value={theCase.region} onChange={(e) => updateCase({ region: (e.target as HTMLSelectElement).value as Region })} data-testid="region">
              {REGIONS.map((r) => <option value={r} key={r}>{t(`region_${r}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>
            {t('appealDecisionDate')}
            <input type="date" value={theCase.decisionDate?.slice(0, 10) ?? ''} onChange={(e) => updateCase({ decisionDate: (e.target as HTMLInputElement).value || undefined })} data-testid="decision-date" />
          </label>
          <label>
            {t('appealYourName')}
            <input type="text" value={userName} onInput={(e) => (setUserName((e.target as HTMLInputElement).value), setEdited(false))} data-testid="user-name" />
          </label>
          <label>
            <span>
              <input type="checkbox" checked={theCase.business} onChange={(e) => updateCase({ business: (e.target as HTMLInputElement).checked })} /> {t('appealBusiness')}
            </span>
          </label>
        </div>
        {error && <p class="error" role="alert">{error}</p>}
        {!notice && (
          <label>
            {t('appealNoNotice')}
            <textarea value={pasted} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} data-testid="pasted-notice" />
          </label>
        )}
        {!notice && <PasteNotice onCase={(caseId) => location.assign(`?case=${encodeURIComponent(caseId)}`)} />}
        {draft && draft.warnings.length > 0 && (
          <ul class="warn-list" data-testid="warnings">
            {draft.warnings.map((w) => <li key={w}>{w}</li>)}
          </ul>
        )}
        {draft && draft.unfilled.length > 0 && <p class="muted">{t('appealUnfilled', draft.unfilled.map((u) => `[${u}]`).join(', '))}</p>}
        <label>
          {t('appealSubject')}
          <input class="subject" type="text" value={subject} onInput={(e) => (setSubject((e.target as HTMLInputElement).value), setEdited(true))} data-testid="subject" />
        </label>
        <textarea class="letter" value={body} onInput={(e) => (setBody((e.target as HTMLTextAreaElement).value), setEdited(true))} data-testid="letter" lang={draft?.language} />
        <div class="actions">
          <button class="primary" onClick={copy} data-testid="copy">{t('appealCopy')}</button>
          <button onClick={() => window.print()}>{t('appealPrint')}</button>
          {theCase.platform === 'pinterest' && (
            <>
              <a class="button" href="https://www.pinterest.com/reports-and-violations/" target="_blank" rel="noreferrer">{t('appealOpenRoute')}</a>
              <a class="button" href="https://help.pinterest.com/en/contact" target="_blank" rel="noreferrer">{t('appealOpenHelp')}</a>
            </>
          )}
          <button onClick={markSent} data-testid="mark-sent">{t('appealMarkSent')}</button>
        </div>
        {status && <p class="success" role="status" data-testid="appeal-status">{status}</p>}
      </div>
      <aside>
        <section>
          <h2>{t('appealChecklist')}</h2>
          <ul class="checklist" data-testid="checklist">
            {draft?.checklist.map((item) => (
              <li key={item.id} title={item.evidence ?? ''}>
                <span class="mono">{item.id}</span>
                <span>{t(`checklist_${item.id}` as MessageKey)}</span>
                <span class={item.status === 'missing' ? 'missing' : item.status === 'present' ? 'present' : 'na'}>{t(`status_${item.status.replace(' ', '_')}` as MessageKey)}</span>
              </li>
            ))}
          </ul>
        </section>
        {draft && draft.deadlines.length > 0 && (
          <section>
            <h2>{t('appealDeadlines')}</h2>
            <ul>{draft.deadlines.map((d) => <li key={d.id}>{d.dueDate} · {d.id}</li>)}</ul>
          </section>
        )}
        {kind === 'ods-submission' && (
          <section>
            <h2>{t('appealOds')}</h2>
            <ul>
              {ods.map((b) => (
                <li key={b.id}>
                  <label>
                    <input type="radio" name="ods" checked={(odsBodyId ?? ods[0]?.id) === b.id} onChange={() => (setOdsBodyId(b.id), setEdited(false))} />{' '}
                    <a href={b.url} target="_blank" rel="noreferrer">{b.name}</a>
                  </label>{' '}
                  · {b.languages.join(', ')} · {b.fee} · {b.rules} <span class="muted">({b.source})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>{t('appealCitations')}</h2>
          <ul>{draft?.citations.map((c) => <li key={c.id}><a href={c.url} target="_blank" rel="noreferrer">{c.short} {c.article}</a>: {c.text}</li>)}</ul>
        </section>
      </aside>
    </main>
  );
}
