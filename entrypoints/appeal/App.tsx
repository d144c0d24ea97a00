import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DeadlineBar } from '@/components/DeadlineBar';
import { formatFingerprint } from '@/utils/bundle/fingerprint.js';
import {
  controllerFor,
  dpaFor,
  DPA_LIST_URL,
  dscFor,
  DSC_LIST_URL,
  EEA_EFTA_COUNTRIES,
  EU_COUNTRIES,
  DATA_LANGUAGE,
  ODS_LIST_URL,
  regionOf,
  serviceOf,
  type Service,
} from '@/utils/appeal/addressees';
import { noticeChannel } from '@/utils/appeal/channel';
import { readLetterEvidence } from '@/utils/appeal/letter-evidence';
import { sentRecordOf } from '@/utils/appeal/sent-record';
import { sentChannelOf } from '@/utils/appeal/sent-channel';
import { cite } from '@/utils/appeal/cite';
import { countryName, draftAppeal, letterKindsFor, TEMPLATE_LANGUAGES, type LetterKind, type UserSide } from '@/utils/appeal/draft';
import { countryForRegion, editorStateKey, initialCountry, parseEditorState, type EditorState } from '@/utils/appeal/editor-state';
import { dropEdit, editPart, keepEdit, letterText, mergeParts, type LetterPart } from '@/utils/appeal/letter-state';
import type { CaseRecord, CorrespondenceRecord, EvidenceRecord, NoticeRecord, Region } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { LetterEditor } from './LetterEditor';
import { UserSideForm } from './UserSideForm';
import { LazyPasteNotice } from '@/components/LazyPasteNotice';
import { useChecklist } from './useChecklist';
import { CHECKLIST_IDS } from '@/utils/appeal/checklist';

const store = new Store();
/** bench:scale reads when the letter first showed and when its evidence first did, from the page's navigation. */
const FIRST_CONTENT_MARK = 'reinstate:appeal:first-content';
const EVIDENCE_MARK = 'reinstate:appeal:evidence';
const REGIONS: Region[] = ['eu', 'uk', 'us', 'in', 'br', 'other'];
const COUNTRIES = [...EU_COUNTRIES, ...EEA_EFTA_COUNTRIES, 'CH', 'GB', 'US', 'IN', 'BR'];
const META_SERVICES: Service[] = ['facebook', 'instagram', 'threads'];
const params = new URLSearchParams(location.search);

/** The country the browser's language suggests, when it is one the editor knows. */
function guessCountry(): string | undefined {
  const region = navigator.language.split('-')[1]?.toUpperCase();
  return region && COUNTRIES.includes(region) ? region : undefined;
}

export function App() {
  const [theCase, setCase] = useState<CaseRecord>();
  const [notice, setNotice] = useState<NoticeRecord>();
  const [evidence, setEvidence] = useState<EvidenceRecord[]>([]);
  const [sentLog, setSentLog] = useState<CorrespondenceRecord[]>([]);
  const [sentLetters, setSentLetters] = useState<{ id: string; kind: string }[]>([]);
  const [pasted, setPasted] = useState('');
  const [kind, setKind] = useState<LetterKind>('internal-complaint');
  const [language, setLanguage] = useState(() => ((TEMPLATE_LANGUAGES as readonly string[]).includes(uiLanguage()) ? uiLanguage() : 'en'));
  const [tone, setTone] = useState<'formal' | 'concise'>('formal');
  const [editor, setEditor] = useState<EditorState>();
  const [evidenceKey, setEvidenceKey] = useState<string>();
  const [odsBodyId, setOdsBodyId] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const sending = useRef(false);

  useEffect(() => {
    (async () => {
      const noticeId = params.get('notice');
      const found = noticeId ? await store.getNotice(noticeId) : undefined;
      const caseId = params.get('case') ?? found?.caseId ?? (await send('ui→bg:current-case', {})).id;
      const c = await store.getCase(caseId);
      const notices = found ? [found] : await store.listNotices(caseId);
      const saved = parseEditorState(localStorage.getItem(editorStateKey(caseId)));
      setEditor({ ...saved, country: initialCountry(saved.country, c?.region, guessCountry()) });
      setCase(c);
      setNotice(notices[0]);
      // The letter speaks the user's language (the browser's) when there is a template for it; the
      // notice's language only stands in when there is not. The user can change it either way.
      const supported = (l: string | undefined) => !!l && (TEMPLATE_LANGUAGES as readonly string[]).includes(l);
      if (!supported(uiLanguage()) && supported(notices[0]?.language)) setLanguage(notices[0]!.language);
      // The letter's evidence a page at a time (newest first, the case's own rows only), beside the letters sent.
      await Promise.all([
        readLetterEvidence(store, caseId, notices[0]?.id, (found) => {
          setEvidence(found);
          if (!performance.getEntriesByName(EVIDENCE_MARK).length) performance.mark(EVIDENCE_MARK);
        }),
        store.listCorrespondence(caseId).then(setSentLog),
        store.listLetters(caseId).then((letters) => setSentLetters(letters.filter((l) => typeof l?.kind === 'string').map((l) => ({ id: l.id, kind: l.kind })))),
      ]);
      performance.mark(`${EVIDENCE_MARK}-all`);
    })().catch((e: Error) => setError(e.message));
    // No key yet (or no bundle support): the letter simply has no evidence-key line.
    send('ui→bg:evidence-key', {})
      .then((k) => setEvidenceKey(formatFingerprint(k.fingerprint)))
      .catch(() => setEvidenceKey(undefined));
  }, []);

  // The user's words are saved as they type: closing the tab loses nothing.
  useEffect(() => {
    if (theCase && editor) localStorage.setItem(editorStateKey(theCase.id), JSON.stringify(editor));
  }, [theCase, editor]);

  const service: Service | undefined = theCase ? (editor?.service ?? serviceOf(theCase.platform, `${notice?.url ?? ''} ${notice?.text ?? pasted}`)) : undefined;

  // A pasted notice is read by the same classifier as a captured one, so a removal asks for the content back.
  // The classifier (the detector, the page's largest chunk) loads only when there is no notice, i.e. text may be pasted.
  const [classify, setClassify] = useState<typeof import('@/utils/detection/classify').classifyNotice>();
  useEffect(() => {
    if (theCase && !notice && !classify) import('@/utils/detection/classify').then((m) => setClassify(() => m.classifyNotice), (e: Error) => setError(e.message));
  }, [theCase, notice]);
  const pastedKind = useMemo(() => {
    const found = pasted.trim() && classify ? classify({ text: pasted }).kind : 'none';
    return found === 'none' ? 'account_suspended' : found;
  }, [pasted, classify]);

  // The notice and the context the letter is drafted from; the checker reads the same two (useChecklist).
  const letterInput = useMemo(() => {
    if (!theCase || !editor) return undefined;
    return {
      notice: notice
        ? { text: notice.text, kind: notice.kind, seenAt: notice.seenAt, url: notice.url, channel: noticeChannel(notice) }
        : { text: pasted, kind: pastedKind },
      context: {
        platform: theCase.platform,
        region: theCase.region,
        business: theCase.business,
        decisionDate: theCase.decisionDate,
        account: notice?.account ?? theCase.account,
        userName: editor.userName.trim() || undefined,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        ...(editor.country ? { country: editor.country } : {}),
        ...(service ? { service } : {}),
        ...(odsBodyId ? { odsBodyId } : {}),
        ...(evidenceKey ? { evidenceKey } : {}),
      },
    };
  }, [theCase, notice, pasted, pastedKind, editor, odsBodyId, evidenceKey, service]);
  // Cold, the checker's patterns compile for about a second: the letter shows first, what the notice leaves out follows.
  const checklist = useChecklist(letterInput?.notice, letterInput?.context);
  const checking = checklist === 'checking';

  const draft = useMemo(() => {
    if (!letterInput || !editor) return undefined;
    return draftAppeal({
      kind,
      language,
      tone,
      ...letterInput,
      checklist,
      user: editor.user,
      evidence: evidence.map((e) => ({ kind: e.kind, capturedAt: e.capturedAt, sha256: e.sha256 })),
    });
  }, [letterInput, checklist, kind, language, tone, editor, evidence]);

  // A letter the region no longer offers (e.g. the DSC complaint after moving to "United States") falls back to the appeal.
  useEffect(() => {
    if (theCase && editor && !letterKindsFor(theCase.region, theCase.business, editor.country).includes(kind)) setKind('internal-complaint');
  }, [theCase, editor?.country, kind]);

  if (!theCase || !editor) return <main>{error ? <p class="error" role="alert">{error}</p> : '…'}</main>;
  if (draft && !performance.getEntriesByName(FIRST_CONTENT_MARK).length) performance.mark(FIRST_CONTENT_MARK);

  const edits = editor.edits[kind] ?? {};
  const parts: LetterPart[] = draft ? mergeParts(draft.sections, edits) : [];
  const subjectEdit = editor.subjects[kind];
  const subject = subjectEdit?.text ?? draft?.subject ?? '';
  const subjectStale = Boolean(subjectEdit && draft && subjectEdit.base !== draft.subject);
  const fullText = letterText(subject, parts);
  // A letter still being checked is not the letter: it is neither copied, printed nor logged until it is.
  const blocked = (draft?.needsUserSide.length ?? 0) > 0 || checking;
  const sent = sentRecordOf(sentLog, sentLetters, kind, fullText);
  const alreadySent = sent.same;
  const kinds = letterKindsFor(theCase.region, theCase.business, editor.country);
  const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeStyle: 'short' });

  const update = (patch: Partial<EditorState>) => setEditor((e) => (e ? { ...e, ...patch } : e));
  const setEdits = (next: EditorState['edits'][LetterKind]) => update({ edits: { ...editor.edits, [kind]: next } });

  async function updateCase(changes: Partial<CaseRecord>) {
    if (!theCase) return;
    try {
      setError(undefined);
      setCase(await send('ui→bg:case-update', { id: theCase.id, changes }));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  function chooseCountry(code: string) {
    update({ country: code || undefined });
    if (code && regionOf(code) !== theCase!.region) void updateCase({ region: regionOf(code) });
  }

  function chooseRegion(region: Region) {
    if (editor!.country !== countryForRegion(editor!.country, region)) update({ country: undefined });
    void updateCase({ region });
  }

  async function copy() {
    if (blocked) return;
    await navigator.clipboard.writeText(fullText);
    setStatus(t('appealCopied'));
  }

  function print() {
    if (blocked) return;
    window.print();
  }

  async function markSent() {
    if (!theCase || !draft || blocked || alreadySent || sending.current) return;
    sending.current = true;
    try {
      const letter = await send('ui→bg:letter-save', { caseId: theCase.id, ...(notice ? { noticeId: notice.id } : {}), kind, language: draft.language, tone, subject, body: fullText.slice(subject.length + 2) });
      const entry = await send('ui→bg:correspondence-add', {
        caseId: theCase.id,
        at: new Date().toISOString(),
        channel: sentChannelOf(kind, { dsc, controller, odsBody: draft.odsBodies.find((b) => b.id === chosenOdsId) }),
        direction: 'sent',
        summary: `${t(`appealKind_${kind.replace(/-/g, '_')}` as MessageKey)}: ${subject}`,
        text: fullText,
        letterId: letter.id,
        attachmentIds: [],
      });
      setSentLog((log) => [...log, entry]);
      setSentLetters((l) => [...l, { id: letter.id, kind }]);
      if (kind === 'internal-complaint' && theCase.status === 'open') await updateCase({ status: 'appealed' });
      setStatus(t('appealSentAt', dateFormat.format(Date.parse(entry.loggedAt ?? entry.at))));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      sending.current = false;
    }
  }

  const dsc = dscFor(editor.country);
  const chosenOdsId = odsBodyId ?? draft?.odsBodies.find((x) => x.coverage === 'confirmed')?.id;
  const dpa = dpaFor(editor.country ?? (theCase.region === 'uk' ? 'GB' : undefined));
  const controller = service ? controllerFor(service, theCase.region, editor.country) : undefined;
  const statusLabel = (s: string) => t(`appealData_${s.replace(/ /g, '_')}` as MessageKey);

  return (
    <main>
      <header>
        <h1>{t('appealTitle')}</h1>
        <p class="muted">{t('appealIntro')}</p>
      </header>
      <div class="editor">
        <div class="controls">
          <label>
            {t('appealKind')}
            <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as LetterKind)} data-testid="letter-kind">
              {kinds.map((k) => (
                <option value={k} key={k}>
                  {t(`appealKind_${k.replace(/-/g, '_')}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('appealLanguage')}
            <select value={language} onChange={(e) => setLanguage((e.target as HTMLSelectElement).value)} data-testid="letter-language">
              {TEMPLATE_LANGUAGES.map((l) => (
                <option value={l} key={l}>
                  {new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('appealTone')}
            <select value={tone} onChange={(e) => setTone((e.target as HTMLSelectElement).value as 'formal' | 'concise')} data-testid="letter-tone">
              <option value="formal">{t('appealToneFormal')}</option>
              <option value="concise">{t('appealToneConcise')}</option>
            </select>
          </label>
          <label>
            {t('appealCountry')}
            <select value={editor.country ?? ''} onChange={(e) => chooseCountry((e.target as HTMLSelectElement).value)} data-testid="country">
              <option value="">{t('appealCountryNone')}</option>
              {COUNTRIES.map((c) => ({ c, name: countryName(c, uiLanguage()) }))
                .sort((a, b) => a.name.localeCompare(b.name))
                .map(({ c, name }) => (
                  <option value={c} key={c}>
                    {name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('appealRegion')}
            <select value={theCase.region} onChange={(e) => chooseRegion((e.target as HTMLSelectElement).value as Region)} data-testid="region">
              {REGIONS.map((r) => (
                <option value={r} key={r}>
                  {t(`region_${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {theCase.platform === 'meta' && (
            <label>
              {t('appealService')}
              <select value={service} onChange={(e) => update({ service: (e.target as HTMLSelectElement).value as Service })} data-testid="service">
                {META_SERVICES.map((s) => (
                  <option value={s} key={s}>
                    {s === 'facebook' ? 'Facebook' : s === 'instagram' ? 'Instagram' : 'Threads'}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('appealDecisionDate')}
            <input type="date" value={theCase.decisionDate?.slice(0, 10) ?? ''} onChange={(e) => updateCase({ decisionDate: (e.target as HTMLInputElement).value || undefined })} data-testid="decision-date" />
          </label>
          <label>
            {t('appealYourName')}
            <input type="text" value={editor.userName} onInput={(e) => update({ userName: (e.target as HTMLInputElement).value })} data-testid="user-name" autocomplete="name" />
          </label>
          <label class="inline">
            <input type="checkbox" checked={theCase.business} onChange={(e) => updateCase({ business: (e.target as HTMLInputElement).checked })} data-testid="business" /> {t('appealBusiness')}
          </label>
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {!notice && (
          <label>
            {t('appealNoNotice')}
            <textarea value={pasted} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} data-testid="pasted-notice" />
          </label>
        )}
        {!notice && <LazyPasteNotice onCase={(caseId) => location.assign(`?case=${encodeURIComponent(caseId)}`)} />}
        <UserSideForm
          value={editor.user}
          kind={kind}
          isContent={(notice?.kind ?? pastedKind) === 'content_removed'}
          missing={draft?.needsUserSide ?? []}
          onChange={(user: UserSide) => update({ user })}
        />
        {draft && draft.warnings.length > 0 && (
          <ul class="warn-list" data-testid="warnings">
            {draft.warnings.map((w) => (
              <li key={w.key}>{t(w.key as MessageKey, w.subs)}</li>
            ))}
          </ul>
        )}
        <label>
          {t('appealSubject')}
          <input
            class="subject"
            type="text"
            value={subject}
            onInput={(e) => {
              const text = (e.target as HTMLInputElement).value;
              const subjects = { ...editor.subjects };
              if (text === draft?.subject) delete subjects[kind];
              else subjects[kind] = { text, base: subjectEdit?.base ?? draft?.subject ?? '' };
              update({ subjects });
            }}
            data-testid="subject"
          />
        </label>
        {subjectStale && (
          <p class="part-note stale-note" role="alert">
            {t('appealStale')}{' '}
            <button type="button" onClick={() => update({ subjects: { ...editor.subjects, [kind]: { text: subjectEdit!.text, base: draft!.subject } } })}>
              {t('appealKeepMine')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                const subjects = { ...editor.subjects };
                delete subjects[kind];
                update({ subjects });
              }}
            >
              {t('appealUseNew')}
            </button>
          </p>
        )}
        <LetterEditor
          checking={checking}
          language={draft?.language ?? language}
          parts={parts}
          onEdit={(part, text) => setEdits(editPart(edits, part, text))}
          onKeep={(part) => setEdits(keepEdit(edits, part))}
          onReset={(part) => setEdits(dropEdit(edits, part.id))}
        />
        <div class="actions">
          <button class="primary" onClick={copy} disabled={blocked} aria-describedby={blocked ? 'blocked-note' : undefined} data-testid="copy">
            {t('appealCopy')}
          </button>
          <button onClick={print} disabled={blocked} aria-describedby={blocked ? 'blocked-note' : undefined} data-testid="print">
            {t('appealPrint')}
          </button>
          {theCase.platform === 'pinterest' && (
            <>
              <a class="button" href="https://www.pinterest.com/reports-and-violations/" target="_blank" rel="noreferrer">
                {t('appealOpenRoute')}
              </a>
              <a class="button" href="https://help.pinterest.com/en/contact" target="_blank" rel="noreferrer">
                {t('appealOpenHelp')}
              </a>
            </>
          )}
          <button onClick={markSent} disabled={blocked || Boolean(alreadySent)} data-testid="mark-sent">
            {t('appealMarkSent')}
          </button>
        </div>
        {blocked && (
          <p class="muted" id="blocked-note">
            {t(checking && !draft?.needsUserSide.length ? 'appealChecking' : 'appealNeedsSide')}
          </p>
        )}
        {alreadySent ? (
          <p class="success" role="status" data-testid="appeal-sent">
            {t('appealSentAt', dateFormat.format(Date.parse(alreadySent.loggedAt ?? alreadySent.at)))}
          </p>
        ) : sent.earlier ? (
          <p class="muted" role="status" data-testid="appeal-sent-earlier">
            {t('appealSentEarlier', dateFormat.format(Date.parse(sent.earlier.loggedAt ?? sent.earlier.at)))}
          </p>
        ) : (
          status && (
            <p class="success" role="status" data-testid="appeal-status">
              {status}
            </p>
          )
        )}
      </div>
      <aside>
        <section>
          <h2>{t('appealChecklist')}</h2>
          <ul class="checklist" data-testid="checklist" aria-busy={checking ? 'true' : 'false'}>
            {/* The same sixteen rows while checking, so nothing moves when the answers come. */}
            {checking &&
              CHECKLIST_IDS.map((id) => (
                <li key={id} data-item={id}>
                  <span class="mono" aria-hidden="true">{id.replace(/^N/, '')}</span>
                  <span>{t(`checklist_${id}` as MessageKey)}</span>
                  <span class="na">{t('status_checking')}</span>
                </li>
              ))}
            {draft?.checklist.map((item) => (
              <li key={item.id} title={item.evidence ?? ''} data-item={item.id}>
                <span class="mono" aria-hidden="true">{item.id.replace(/^N/, '')}</span>
                <span>{t(`checklist_${item.id}` as MessageKey)}</span>
                <span class={item.status === 'missing' ? 'missing' : item.status === 'present' ? 'present' : 'na'}>{t(`status_${item.status.replace(' ', '_')}` as MessageKey)}</span>
              </li>
            ))}
          </ul>
        </section>
        {draft && draft.deadlines.length > 0 && (
          <section>
            <h2>{t('appealDeadlines')}</h2>
            <ul class="deadline-list" data-testid="appeal-deadlines">
              {draft.deadlines.map((d) => (
                <li key={d.id}>
                  <DeadlineBar deadline={d} compact />
                </li>
              ))}
            </ul>
          </section>
        )}
        <section data-testid="addressees">
          <h2>{t('appealAddressees')}</h2>
          {kind === 'ods-submission' && (
            <>
              {draft && draft.odsBodies.length === 0 && <p>{t('appealOdsNone')}</p>}
              <ul>
                {draft?.odsBodies.map((b) => (
                  <li key={b.id}>
                    <label>
                      <input type="radio" name="ods" checked={chosenOdsId === b.id} onChange={() => setOdsBodyId(b.id)} />{' '}
                      {b.name}
                    </label>{' '}
                    <a href={b.url} target="_blank" rel="noreferrer">
                      {t('appealWebsite')}
                    </a>
                    <br />
                    <span class="muted">
                      {t('appealCoverage')}: {statusLabel(b.coverage)} · {t('appealFee')}: {b.fee || '—'} ({statusLabel(b.feeStatus)}) · <span lang={DATA_LANGUAGE}>{b.rules}</span>
                    </span>
                    <br />
                    <SourceLine source={b.source} />
                  </li>
                ))}
              </ul>
              <a href={ODS_LIST_URL} target="_blank" rel="noreferrer">
                {t('appealOdsList')}
              </a>
            </>
          )}
          {kind === 'dsc-complaint' && (
            <p>
              {dsc?.name ? `${dsc.name}${dsc.address ? `, ${dsc.address}` : ''} (${statusLabel(dsc.status)})` : t('appealDscUnknown')}
              <br />
              {dsc && <SourceLine source={dsc.source} />}
              <br />
              {dsc?.complaintForm && (
                <>
                  <a href={dsc.complaintForm} target="_blank" rel="noreferrer" data-testid="dsc-route">
                    {t('appealDscRoute')}
                  </a>
                  : <span lang={DATA_LANGUAGE}>{dsc.complaintHow}</span>
                  <br />
                </>
              )}
              <a href={DSC_LIST_URL} target="_blank" rel="noreferrer">
                {t('appealDscList')}
              </a>
            </p>
          )}
          {kind === 'gdpr-access' && (
            <p>
              {controller?.name ? `${controller.name} (${statusLabel(controller.status)})` : t('appealControllerUnknown')}
              <br />
              {controller && <SourceLine source={controller.source} />}
              <br />
              {/* An address only reported (not read on the authority's own page) is left out here as in the letter. */}
              {dpa && `${t('appealDpa')}: ${dpa.name}${dpa.address && dpa.addressStatus === 'confirmed' ? `, ${dpa.address}` : ''} (${statusLabel(dpa.status)})`}{' '}
              {dpa?.complaintFormStatus === 'confirmed' && dpa.complaintForm && (
                <>
                  <a href={dpa.complaintForm} target="_blank" rel="noreferrer" data-testid="dpa-route">
                    {t('appealDpaRoute')}
                  </a>{' '}
                </>
              )}
              <a href={DPA_LIST_URL} target="_blank" rel="noreferrer">
                {t('appealDpaList')}
              </a>
            </p>
          )}
          {(kind === 'internal-complaint' || kind === 'p2b-business') && <p class="muted">{t('appealToPlatform')}</p>}
        </section>
        {Boolean(draft?.citations.length) && (
          <section>
            <h2>{t('appealCitations')}</h2>
            {uiLanguage() !== 'en' && <p class="muted small">{t('appealCitationsEnglish')}</p>}
            <ul>
              {draft?.citations.map((c) => (
                <li key={c.id}>
                  {/* The reference as the letter writes it; the summary exists in English only, and says so to screen readers. */}
                  <a href={c.url} target="_blank" rel="noreferrer">
                    {cite(c.id, draft.language, { uk: theCase.region === 'uk' })}
                  </a>
                  : <span lang="en">{c.text}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
      <article class="print-letter" lang={draft?.language} data-testid="print-letter">
        <h1>{subject}</h1>
        <div class="print-body" data-testid="letter-text">
          {fullText.slice(subject.length + 2)}
        </div>
      </article>
    </main>
  );
}

/**
 * Where an addressee's data was read. The sources are written in English in
 * utils/appeal/data/ and stay as written (they name pages and quote titles), so
 * the label says so in the user's language and the text carries its language
 * for screen readers.
 */
function SourceLine({ source }: { source: string }) {
  return (
    <span class="muted small" data-testid="addressee-source">
      {t('appealSourceInEnglish')} <span lang={DATA_LANGUAGE}>{source}</span>
    </span>
  );
}
