import type { CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, NoticeRecord } from '../db/schema';

export type StepId = 'notice' | 'screenshot' | 'inventory' | 'appeal-drafted' | 'appeal-sent' | 'reply' | 'bundle';

export interface Step {
  id: StepId;
  done: boolean;
  /** Where the person goes to do it (a Locker tab, or another page). */
  where: 'evidence' | 'inventory' | 'appeal' | 'letters' | 'bundle' | 'popup';
}

export interface CaseFacts {
  notices: Pick<NoticeRecord, 'id'>[];
  evidence: Pick<EvidenceRecord, 'kind' | 'mime'>[];
  inventories: Pick<InventoryRecord, 'state'>[];
  letters: Pick<LetterRecord, 'id'>[];
  correspondence: Pick<CorrespondenceRecord, 'direction'>[];
  /** When a bundle of this case was last exported, if ever. */
  bundleExportedAt?: string;
  /** The appeal editor holds the user's side for this case (what happened and why it complies): the letter exists as a draft. */
  appealDraft?: boolean;
}

const PICTURES = new Set(['screenshot', 'fullpage', 'element']);

/**
 * The case's next steps, ticked from what is stored: nothing to tick by hand,
 * so the list cannot drift from the evidence. Order is the order to do them in.
 */
export function caseSteps(facts: CaseFacts): Step[] {
  return [
    { id: 'notice', done: facts.notices.length > 0, where: 'popup' },
    { id: 'screenshot', done: facts.evidence.some((e) => PICTURES.has(e.kind) && e.mime.startsWith('image/')), where: 'popup' },
    { id: 'inventory', done: facts.inventories.some((r) => r.state.status === 'done' || r.state.counts.pins > 0), where: 'inventory' },
    { id: 'appeal-drafted', done: facts.letters.length > 0 || !!facts.appealDraft, where: 'appeal' },
    { id: 'appeal-sent', done: facts.correspondence.some((m) => m.direction === 'sent'), where: 'letters' },
    { id: 'reply', done: facts.correspondence.some((m) => m.direction === 'received'), where: 'letters' },
    { id: 'bundle', done: !!facts.bundleExportedAt, where: 'bundle' },
  ];
}

/** The first step not done yet: what the case home offers as "Next". */
export function nextStep(steps: Step[]): Step | undefined {
  return steps.find((s) => !s.done);
}

/** The setting under which the bundle page notes an export of a case. */
export const bundleExportedSetting = (caseId: string) => `bundleExportedAt:${caseId}`;
