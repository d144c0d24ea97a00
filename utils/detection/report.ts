import { t } from '../i18n';
import { send, sendWithRetry } from '../messages';
import type { PageDetection } from './page';
import { showToast } from './toast';

/** Sends a detection to the background and, the first time it is saved, tells the user in the page. */
export async function reportNotice(detection: PageDetection, doc: Document, signal: AbortSignal): Promise<void> {
  if (detection.kind === 'none' || !detection.platform) return;
  // The same notice twice is stored once, so a dropped message may be sent again.
  const saved = await sendWithRetry('cs→bg:notice-seen', {
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
    ...rectOf(detection.element),
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

function rectOf(element: Element | undefined): { rect?: { x: number; y: number; width: number; height: number }; dpr?: number } {
  if (!element) return {};
  const r = element.getBoundingClientRect();
  if (!r.width || !r.height) return {};
  return { rect: { x: r.x, y: r.y, width: r.width, height: r.height }, dpr: window.devicePixelRatio };
}
