import { t } from './i18n';

/**
 * Errors a person may see. Each has a stable `code` (for tests and for the
 * message protocol, which can only carry plain data) and a message that says
 * what happened and what to do, in the UI language.
 */
export type ErrorCode =
  | 'storage-full'
  | 'capture-forbidden'
  | 'capture-failed'
  | 'tab-gone'
  | 'not-found'
  | 'damaged-record'
  | 'bad-request'
  | 'internal';

export class ReinstateError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReinstateError';
  }
}

export interface ErrorData {
  code: ErrorCode;
  message: string;
}

/** True for the browser's "disk or quota full" error in all its spellings. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: string }).name ?? '';
  const message = String((error as { message?: string }).message ?? '');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message);
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof ReinstateError) return { code: error.code, message: error.message };
  if (isQuotaError(error)) {
    return {
      code: 'storage-full',
      message: t('errorStorageFull'),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message || 'Something went wrong.' };
}
