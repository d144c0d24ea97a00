/**
 * The validators live with their stores (`utils/db/stores/<store>.ts`); these
 * names are kept for code written against the first version.
 */
export { validateEvidence as evidenceProblem } from './stores/evidence';
export { validateCase as caseProblem } from './stores/cases';
