import { appealDraftStarted, editorStateKey } from '@/utils/appeal/draft-started';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DeadlineBar } from '@/components/DeadlineBar';
import { caseSteps, nextStep, type Step } from '@/utils/cases/progress';
import type { CaseRecord } from '@/utils/db/schema';
import { t, type MessageKey } from '@/utils/i18n';
import { NoticeList } from './NoticeList';
import type { CaseData } from './useCaseData';

const HOME_MARK = 'reinstate:locker:case-home';

const stepKey = (id: Step['id']) => `step_${id.replace(/-/g, '_')}` as MessageKey;
const actionKey = (id: Step['id']) => `stepAction_${id.replace(/-/g, '_')}` as MessageKey;

function hrefOf(step: Step, c: CaseRecord): string {
  switch (step.where) {
    case 'appeal':
      return browser.runtime.getURL(`/appeal.html?case=${c.id}`);
    case 'bundle':
      return browser.runtime.getURL(`/bundle.html?case=${c.id}`);
    case 'popup':
      return `#/case/${c.id}/evidence`;
    default:
      return `#/case/${c.id}/${step.where}`;
  }
}

/** The case at a glance: what is done, what is next, the notice, the next deadline. */
export function CaseHome({ theCase, data, cases, highlight, onMoveNotice }: { theCase: CaseRecord; data: CaseData; cases: CaseRecord[]; highlight?: string; onMoveNotice(id: string, toCaseId: string): void }) {
  const steps = caseSteps({ ...data, evidence: data.picture ? [data.picture] : [], appealDraft: hasAppealDraft(theCase.id) });
  const next = nextStep(steps);
  const upcoming = data.deadlines.find((d) => Date.parse(d.due) > Date.now());
  const done = steps.filter((s) => s.done).length;
  // bench:scale reads when the case's own content (checklist, deadline, notices) first showed.
  useEffect(() => {
    if (!performance.getEntriesByName(HOME_MARK).length) performance.mark(HOME_MARK);
  }, []);
  return (
    <>
      <section class="card home-progress" aria-labelledby="steps-title" data-testid="checklist">
        <h2 id="steps-title">{t('homeStepsTitle', [String(done), String(steps.length)])}</h2>
        <ol class="checklist">
          {steps.map((step) => (
            <li key={step.id} class={step.done ? 'done' : step === next ? 'next' : ''} data-step={step.id} data-done={step.done}>
              <span class="tick" aria-hidden="true">{step.done ? '✓' : step === next ? '→' : '○'}</span>
              <span>
                {t(stepKey(step.id))}
                <span class="visually-hidden"> · {t(step.done ? 'stepDone' : 'stepToDo')}</span>
              </span>
              {step === next && step.where !== 'popup' && (
                <a class="button primary" href={hrefOf(step, theCase)} data-testid="next-step">{t(actionKey(step.id))}</a>
              )}
              {step === next && step.where === 'popup' && <span class="muted small">{t(actionKey(step.id))}</span>}
            </li>
          ))}
        </ol>
      </section>
      {upcoming && (
        <section class="card" aria-labelledby="next-deadline-title">
          <h2 id="next-deadline-title">{t('homeNextDeadline')}</h2>
          <DeadlineBar deadline={upcoming} />
        </section>
      )}
      <section aria-labelledby="notices-title">
        <h2 id="notices-title">{t('lockerNotices')}</h2>
        <NoticeList notices={data.notices} highlight={highlight} cases={cases} onMove={onMoveNotice} />
      </section>
    </>
  );
}

/** The appeal editor keeps what the user typed per case in this extension's localStorage; a draft counts once their side is written. */
function hasAppealDraft(caseId: string): boolean {
  try {
    return appealDraftStarted(localStorage.getItem(editorStateKey(caseId)));
  } catch {
    return false; // storage refused (a privacy setting): no draft to count
  }
}
