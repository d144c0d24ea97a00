import { useEffect, useState } from 'preact/hooks';
import { toBase64 } from '@/utils/base64';
import { analyseEml, analysePastedText, type PasteAnalysis, type PasteProblem } from '@/utils/detection/paste';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';

const KINDS = ['account_suspended', 'account_deactivated', 'account_restricted', 'content_removed'] as const;
type Kind = (typeof KINDS)[number];

/** Lets the page paint "Reading…" before a long text or a big file is worked on. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const htmlToText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body?.textContent?.replace(/\s+\n/g, '\n').trim() ?? '';

/**
 * "Paste the message you got": an email is where many users first read their
 * notice, and no content script sees it. Classifies pasted text or a chosen
 * .eml file, says what it is and why in plain words, and starts or joins a
 * case with it. Mounted in the popup and the appeal editor.
 */
export function PasteNotice({ onCase }: { onCase?: (caseId: string) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PasteAnalysis>();
  const [problem, setProblem] = useState<PasteProblem | string>();
  const [kind, setKind] = useState<Kind | ''>('');
  const [current, setCurrent] = useState<{ id: string; title: string }>();
  const [saved, setSaved] = useState<'saved' | 'duplicate'>();

  useEffect(() => {
    send('ui→bg:current-case', {}).then(setCurrent, () => undefined);
  }, []);

  function show(answer: PasteAnalysis | PasteProblem) {
    setSaved(undefined);
    if (typeof answer === 'string') {
      setResult(undefined);
      setProblem(answer);
      return;
    }
    setProblem(undefined);
    setResult(answer);
    setKind(answer.classification.kind === 'none' ? '' : (answer.classification.kind as Kind));
  }

  async function check(input = text) {
    setBusy(true);
    try {
      await nextFrame();
      show(analysePastedText(input));
    } finally {
      setBusy(false);
    }
  }

  async function readFile(file: File) {
    setBusy(true);
    try {
      await nextFrame();
      if (/\.(eml|msg|mht)$/i.test(file.name) || file.type === 'message/rfc822') {
        show(await analyseEml(file, htmlToText));
      } else {
        if (file.size > 10 * 1024 * 1024) return show('too-large');
        const body = new TextDecoder().decode(await file.arrayBuffer());
        setText(body.slice(0, 100_000));
        show(analysePastedText(body));
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function save(join: boolean) {
    if (!result || !kind) return;
    setBusy(true);
    try {
      const email = result.email;
      const answer = await send('ui→bg:notice-paste', {
        text: result.text,
        kind,
        language: result.classification.language,
        confidence: result.classification.kind === kind ? result.classification.confidence : 0,
        matched: result.classification.matched,
        platform: result.platform,
        ...(join && current ? { caseId: current.id } : {}),
        caseTitle: t('pasteCaseTitle', t(`noticeKind_${kind}` as MessageKey)),
        ...(email ? { email: { ...(email.from ? { from: email.from } : {}), ...(email.date ? { date: email.date } : {}), ...(email.subject ? { subject: email.subject } : {}), fileName: email.fileName, base64: toBase64(new Uint8Array(email.raw)) } } : {}),
      });
      setSaved(answer.duplicate ? 'duplicate' : 'saved');
      onCase?.(answer.caseId);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const found = result && result.classification.kind !== 'none';
  const problemText = problem === undefined ? undefined : problem in PROBLEM_KEYS ? t(PROBLEM_KEYS[problem as PasteProblem]) : problem;
  return (
    <section class="paste-notice" data-testid="paste-notice" aria-labelledby="paste-notice-title">
      <h2 id="paste-notice-title">{t('pasteTitle')}</h2>
      <p class="muted" id="paste-notice-hint">{t('pasteHint')}</p>
      <label for="paste-notice-text" class="visually-hidden">{t('pasteLabel')}</label>
      <textarea
        id="paste-notice-text"
        data-testid="paste-text"
        rows={5}
        aria-describedby="paste-notice-hint"
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onPaste={(e) => {
          const pasted = e.clipboardData?.getData('text/plain');
          if (pasted) void check(text + pasted);
        }}
        onDrop={(e) => {
          const file = e.dataTransfer?.files?.[0];
          if (file) {
            e.preventDefault();
            void readFile(file);
          }
        }}
      />
      <div class="paste-row">
        <button onClick={() => void check()} disabled={busy} data-testid="paste-check">{busy ? t('pasteReading') : t('pasteCheck')}</button>
        <label class="paste-file">
          {t('pasteChooseFile')}
          <input type="file" accept=".eml,.txt,message/rfc822,text/plain" data-testid="paste-file" onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void readFile(file);
          }} />
        </label>
      </div>
      {problemText && <p class="error" role="alert" data-testid="paste-problem">{problemText}</p>}
      {result && (
        <div class="paste-result" data-testid="paste-result" role="status">
          <p data-testid="paste-verdict"><strong>{found ? t('pasteResultNotice', t(`noticeKind_${result.classification.kind}` as MessageKey)) : t('pasteResultNone')}</strong></p>
          {result.truncated && <p class="muted">{t('pasteTruncated')}</p>}
          {result.email?.from && <p class="muted">{t('pasteEmailFrom', result.email.from)}</p>}
          {result.email?.date && <p class="muted">{t('pasteEmailDate', result.email.date)}</p>}
          {result.reasons.length > 0 && (
            <>
              <h3>{t('pasteWhyTitle')}</h3>
              <ul data-testid="paste-why">{result.reasons.map((key) => <li key={key}>{t(key as MessageKey)}</li>)}</ul>
            </>
          )}
          <label>
            {t('pasteKindLabel')}{' '}
            <select value={kind} data-testid="paste-kind" onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind | '')}>
              <option value="">{t('pasteKindChoose')}</option>
              {KINDS.map((k) => <option key={k} value={k}>{t(`noticeKind_${k}` as MessageKey)}</option>)}
            </select>
          </label>
          <div class="paste-row">
            <button class="primary" disabled={busy || !kind} onClick={() => void save(false)} data-testid="paste-start-case">{t('pasteStartCase')}</button>
            {current && <button disabled={busy || !kind} onClick={() => void save(true)} data-testid="paste-join-case">{t('pasteJoinCase', current.title)}</button>}
          </div>
          {saved && <p class="success" data-testid="paste-saved">{t(saved === 'saved' ? 'pasteSaved' : 'pasteDuplicate')}</p>}
        </div>
      )}
    </section>
  );
}

const PROBLEM_KEYS: Record<PasteProblem, MessageKey> = {
  empty: 'pasteProblem_empty',
  binary: 'pasteProblem_binary',
  'too-large': 'pasteProblem_too_large',
  'unreadable-eml': 'pasteProblem_unreadable_eml',
};

