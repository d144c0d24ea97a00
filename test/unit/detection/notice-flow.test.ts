import { describe, expect, it, vi } from 'vitest';
import { errorEnvelopeOf, API_TAP_SOURCE } from '@/utils/detection/api-tap';
import { watchForNotices } from '@/utils/detection/watch';
import { localClassifier } from '@/utils/detection/page';
import { Store } from '@/utils/db/store';
import type { NoticeSeen } from '@/utils/messages';
import { autoCaptureSetting, recordNotice, type RecordNoticeDeps } from '@/utils/notices/record';

const seen: NoticeSeen = {
  kind: 'account_suspended',
  confidence: 0.9,
  language: 'en',
  platform: 'pinterest',
  account: 'maya',
  text: 'Your account has been suspended for violating our community guidelines.',
  url: 'https://www.pinterest.com/login/',
  title: 'Pinterest',
  signals: ['pinterest:api_error_code=83 LOGIN_POLICY_VIOLATION_USER'],
  matched: ['en:own-account:account_suspended'],
};

function deps(overrides: Partial<RecordNoticeDeps> = {}): RecordNoticeDeps & { badges: number[] } {
  const store = new Store();
  const badges: number[] = [];
  return {
    store,
    badges,
    captureTab: async (_tabId, noticeId, caseId) =>
      store.addEvidence({ caseId, noticeId, kind: 'screenshot', mime: 'image/png', bytes: new Uint8Array([137, 80]).buffer, url: seen.url, title: '', provenance: { browser: 'x', extensionVersion: '1' } }),
    setBadge: async (tabId) => void badges.push(tabId),
    userAgent: 'test',
    extensionVersion: '0.1.0',
    ...overrides,
  };
}

describe('recordNotice', () => {
  it('stores the words and a screenshot once, sets the badge, and ignores the same notice again', async () => {
    const d = deps();
    const first = await recordNotice(d, seen, 5);
    expect(first).toMatchObject({ stored: true, screenshot: true });
    const [notice] = await d.store.listNotices();
    expect(notice).toMatchObject({ kind: 'account_suspended', platform: 'pinterest', account: 'maya', text: seen.text });
    expect(notice!.evidenceIds).toHaveLength(2);
    const words = await d.store.getEvidence(notice!.evidenceIds[0]!);
    expect(new TextDecoder().decode(await d.store.getEvidenceBytes(words!.id))).toBe(seen.text);
    expect(d.badges).toEqual([5]);

    const again = await recordNotice(d, { ...seen, text: `  ${seen.text.toUpperCase()} ` }, 5);
    expect(again).toEqual({ stored: false, noticeId: notice!.id, reason: 'duplicate' });
    expect(await d.store.listNotices()).toHaveLength(1);
  });

  it('keeps the words when the screenshot is not allowed, and says why', async () => {
    const d = deps({ captureTab: async () => Promise.reject(new Error('needs a click on the toolbar button')) });
    const saved = await recordNotice(d, seen, 5);
    expect(saved).toMatchObject({ stored: true, screenshot: false });
    const [notice] = await d.store.listNotices();
    expect(notice!.screenshotMissing).toMatch(/toolbar/);
    expect(notice!.evidenceIds).toHaveLength(1);
  });

  it('respects auto-capture switched off for a site', async () => {
    const d = deps();
    await d.store.setSetting(autoCaptureSetting('pinterest'), false);
    expect(await recordNotice(d, seen, 5)).toEqual({ stored: false, reason: 'auto-capture-off' });
    expect(await d.store.listNotices()).toEqual([]);
  });
});

describe('API error tap', () => {
  it('keeps only the error envelope of a failed response', () => {
    const body = {
      resource: { name: 'UserSessionResource', options: { username_or_email: 'secret@example.invalid', password: 'hunter2' } },
      resource_response: { status: 'failure', error: { http_status: 401, code: 83, api_error_code: 83, message: 'Your account has been suspended.', message_detail: null } },
      client_context: { user: { email: 'secret@example.invalid' } },
    };
    const envelope = errorEnvelopeOf(body, 'https://www.pinterest.com/resource/UserSessionResource/create/?data=%7B%22password%22%7D', 401)!;
    expect(envelope).toEqual({ source: API_TAP_SOURCE, url: 'https://www.pinterest.com/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode: 83, code: 83, message: 'Your account has been suspended.' });
    expect(JSON.stringify(envelope)).not.toMatch(/secret|hunter2/);
  });
  it('ignores successful responses and non-Pinterest shapes', () => {
    expect(errorEnvelopeOf({ resource_response: { status: 'success', data: [] } }, '/resource/BoardsResource/get/', 200)).toBeNull();
    expect(errorEnvelopeOf('<html>', '/resource/BoardsResource/get/', 500)).toBeNull();
    expect(errorEnvelopeOf(null, '/x', 500)).toBeNull();
  });
});

describe('watchForNotices', () => {
  it('sees a dialog that appears later, reports it once, and stops with its signal', async () => {
    vi.useFakeTimers();
    try {
      window.history.replaceState(null, '', '/');
      document.body.innerHTML = '<h1>Welcome</h1>';
      const found: string[] = [];
      const controller = new AbortController();
      const check = watchForNotices({ doc: document, win: window, signal: controller.signal, classifier: localClassifier(), onNotice: (d) => found.push(d.kind), debounceMs: 100 });
      expect(check().kind).toBe('none');
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.textContent = 'Your account has been suspended for violating our community guidelines.';
      document.body.append(dialog);
      await vi.advanceTimersByTimeAsync(150);
      expect(found).toEqual(['account_suspended']);
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(150);
      expect(found).toHaveLength(1);
      controller.abort();
      dialog.textContent = 'Your account has been deactivated for violating our Terms.';
      await vi.advanceTimersByTimeAsync(150);
      expect(found).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
