import { t } from '../i18n';
import { send } from '../messages';
import type { PageDetection } from './page';
import { showToast } from './toast';

/** Sends a detection to the background and, the first time it is saved, tells the user in the page. */
export async function reportNotice(detection: PageDetection, doc: Document, signal: AbortSignal): Promise<void> {
  if (detection.kind === 'none' || !detection.platform) return;
  const saved = await send('cs→bg:notice-seen', {
    kind: detection.kind,
    confidence: detection.confidence,
    language: detection.language,
    platform: detection.platform,
    ...(detection.account ? { account: detection.account } : {}),
    text: detection.text,
    url: location.href,
    title: doc.title,
    signals: detection.signals,
    matched: detection.matched,
  });
  if (!saved.stored) return;
  showToast(doc, {
    message: t('toastSaved'),
    ...(saved.screenshot ? {} : { detail: t('toastNoScreenshot') }),
    actionLabel: t('toastOpenCase'),
    onAction: () => void send('cs→bg:open-locker', { noticeId: saved.noticeId }),
    signal,
  });
}
