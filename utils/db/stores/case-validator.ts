import { boolean, isoTime, nonEmptyText, optionalText, text, textList, validator } from './checks';

/** Everything the Locker, the popup, the appeal editor and the export read from a case. */
export const validateCase = validator(
  nonEmptyText('id'),
  text('title'),
  text('platform'),
  text('status'),
  text('region'),
  isoTime('createdAt'),
  textList('referenceIds'),
  boolean('business'),
  optionalText('account'),
  optionalText('decisionKind'),
  optionalText('decisionDate'),
);
