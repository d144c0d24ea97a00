import type { LetterKind, UserSide } from '@/utils/appeal/draft';
import { t, type MessageKey } from '@/utils/i18n';

const OUTCOMES = ['pending', 'rejected', 'noReasons', 'partial'] as const;

/**
 * The user's side of the case, in their own words: what happened, why the
 * content or account complies with the rule named, and what they ask for.
 * A reversal turns on it, so the letter cannot be copied or printed without it.
 */
export function UserSideForm(props: { value: UserSide; kind: LetterKind; isContent: boolean; missing: string[]; onChange: (next: UserSide) => void }) {
  const { value, onChange } = props;
  const set = (patch: Partial<UserSide>) => onChange({ ...value, ...patch });
  const ask = (key: keyof UserSide['asks']) => (e: Event) => set({ asks: { ...value.asks, [key]: (e.target as HTMLInputElement).checked } });
  const showComplaint = props.kind === 'ods-submission' || props.kind === 'dsc-complaint';
  return (
    <fieldset class="user-side" data-testid="user-side">
      <legend>{t('appealYourSide')}</legend>
      <p class="muted">{t('appealYourSideIntro')}</p>
      <label>
        {t('appealFacts')}
        <textarea
          value={value.facts}
          rows={4}
          required
          aria-invalid={props.missing.includes('facts')}
          aria-describedby="facts-hint"
          onInput={(e) => set({ facts: (e.target as HTMLTextAreaElement).value })}
          data-testid="user-facts"
        />
        <span class="hint" id="facts-hint">{t('appealFactsHint')}</span>
      </label>
      <label>
        {t(props.isContent ? 'appealWhyContent' : 'appealWhy')}
        <textarea
          value={value.why}
          rows={4}
          required={props.kind !== 'gdpr-access'}
          aria-invalid={props.missing.includes('why')}
          aria-describedby="why-hint"
          onInput={(e) => set({ why: (e.target as HTMLTextAreaElement).value })}
          data-testid="user-why"
        />
        <span class="hint" id="why-hint">{t('appealWhyHint')}</span>
      </label>
      <fieldset class="asks">
        <legend>{t('appealAsks')}</legend>
        <label class="inline">
          <input type="checkbox" checked={value.asks.restore} onChange={ask('restore')} data-testid="ask-restore" /> {t(props.isContent ? 'appealAskRestoreContent' : 'appealAskRestore')}
        </label>
        <label class="inline">
          <input type="checkbox" checked={value.asks.reasons} onChange={ask('reasons')} data-testid="ask-reasons" /> {t('appealAskReasons')}
        </label>
        <label class="inline">
          <input type="checkbox" checked={value.asks.human} onChange={ask('human')} data-testid="ask-human" /> {t('appealAskHuman')}
        </label>
      </fieldset>
      {showComplaint && (
        <div class="complaint">
          <label>
            {t('appealComplaintDate')}
            <input
              type="date"
              value={value.complaint?.date ?? ''}
              onChange={(e) => set({ complaint: { ...value.complaint, date: (e.target as HTMLInputElement).value || undefined } })}
              data-testid="complaint-date"
            />
          </label>
          <label>
            {t('appealComplaintOutcome')}
            <select
              value={value.complaint?.outcome ?? ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                set({ complaint: { ...value.complaint, outcome: v ? (v as (typeof OUTCOMES)[number]) : undefined } });
              }}
              data-testid="complaint-outcome"
            >
              <option value="">{t('appealOutcome_none')}</option>
              {OUTCOMES.map((o) => (
                <option value={o} key={o}>
                  {t(`appealOutcome_${o}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {props.missing.length > 0 && (
        <p class="warn" role="status" data-testid="user-side-missing">
          {t('appealNeedsSide')}
        </p>
      )}
    </fieldset>
  );
}
