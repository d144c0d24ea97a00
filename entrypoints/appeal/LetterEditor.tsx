import type { LetterPart } from '@/utils/appeal/letter-state';
import { CHECKING_SECTION } from '@/utils/appeal/draft';
import { t, uiLanguage } from '@/utils/i18n';

/**
 * The letter as parts: what is generated and what the user wrote stay apart.
 * A part the user changed keeps their words when options change; if the
 * generated text under it changed too, the part asks before replacing.
 */
export function LetterEditor(props: {
  /** What the notice leaves out is still being read: its part shows that, in the interface's language. */
  checking?: boolean;
  language: string;
  parts: LetterPart[];
  onEdit: (part: LetterPart, text: string) => void;
  onKeep: (part: LetterPart) => void;
  onReset: (part: LetterPart) => void;
}) {
  return (
    <section class="letter" aria-label={t('appealLetter')} data-testid="letter" lang={props.language} aria-busy={props.checking ? 'true' : 'false'}>
      {props.parts.map((part, i) =>
        part.id === CHECKING_SECTION ? (
          <p class="part checking-part" role="status" lang={uiLanguage()} key={part.id} data-testid="letter-checking">
            {props.checking ? t('appealChecking') : ''}
          </p>
        ) : (
        <div class={`part${part.edited ? ' edited' : ''}${part.stale ? ' stale' : ''}`} key={part.id}>
          <textarea
            aria-label={t('appealLetterPart', [String(i + 1), String(props.parts.length)])}
            value={part.text}
            rows={Math.max(1, estimateRows(part.text))}
            onInput={(e) => props.onEdit(part, (e.target as HTMLTextAreaElement).value)}
            data-testid="letter-part"
            data-section={part.id}
          />
          {part.edited && !part.stale && (
            <p class="part-note">
              {t('appealEditedByYou')}{' '}
              <button type="button" class="link" onClick={() => props.onReset(part)} data-testid="reset-part">
                {t('appealReset')}
              </button>
            </p>
          )}
          {part.stale && (
            <div class="part-note stale-note" role="alert" data-testid="stale-part">
              <p>{t('appealStale')}</p>
              <details>
                <summary>{t('appealShowNew')}</summary>
                <p class="new-text">{part.generated}</p>
              </details>
              <button type="button" onClick={() => props.onKeep(part)} data-testid="keep-mine">
                {t('appealKeepMine')}
              </button>{' '}
              <button type="button" onClick={() => props.onReset(part)} data-testid="use-new">
                {t('appealUseNew')}
              </button>
            </div>
          )}
        </div>
        ),
      )}
    </section>
  );
}

/** Rows for a textarea that shows its whole text (field-sizing does the rest where supported). */
function estimateRows(text: string): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
}
