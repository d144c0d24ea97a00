import type { NoticeInput } from './types';

/**
 * How a stored notice reached the user, for N13 (durable medium). A notice
 * read on the platform's page is in-product; one pasted from an email (the
 * paste feature records it in the signals) is an email; anything else is
 * unknown, and unknown stays out of the letter.
 */
export function noticeChannel(notice: { url?: string; signals?: string[] }): NoticeInput['channel'] | undefined {
  const signals = (notice.signals ?? []).join(' ').toLowerCase();
  if (/\b(?:email|eml|mail)\b|paste:email|source=email/.test(signals)) return 'email';
  if (/^https?:\/\//.test(notice.url ?? '')) return 'in-product';
  return undefined;
}
