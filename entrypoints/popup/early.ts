import { readCaseHeading } from '@/utils/db/early-read';

/**
 * The current case (all the popup's first content needs), read as soon as
 * this module runs: it is the entry's first import, so it runs before the
 * rest of the popup's modules are evaluated, and the database answers
 * while they are.
 */
export const heading = readCaseHeading();
