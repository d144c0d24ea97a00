import { describe, expect, it, vi } from 'vitest';
import { classifyNotice } from '@/utils/detection/classify';
import { classifyTexts, MAX_TEXT_CHARS, MAX_TEXTS_PER_REQUEST, type ClassifyTextsRequest } from '@/utils/detection/classify-texts';
import { detectPage } from '@/utils/detection/page';
import { remoteClassifier } from '@/utils/detection/remote-classifier';
import { watchForNotices } from '@/utils/detection/watch';
import { ReinstateError } from '@/utils/errors';

const NOTICE = 'Your account has been suspended for violating our community guidelines.';
const PAGE = 'https://www.pinterest.com/login/';

/** The background as the content script reaches it: classifyTexts behind a message, with a count of requests. */
function background() {
  const requests: ClassifyTextsRequest[] = [];
  const ask = vi.fn(async (request: ClassifyTextsRequest) => {
    requests.push(request);
    await Promise.resolve();
    return classifyTexts(JSON.parse(JSON.stringify(request)));
  });
  return { ask, requests };
}

describe('cs→bg:classify-texts (the background side)', () => {
  it('answers exactly what classifyNotice answers, text by text', () => {
    const texts = [NOTICE, 'Welcome back! Here are some ideas for you.', 'Wir haben deinen Pin entfernt, weil er gegen unsere Richtlinien verstößt.'];
    const { results } = classifyTexts({ texts: texts.map((text) => ({ text, url: PAGE, lang: 'en' })) });
    expect(results).toEqual(texts.map((text) => classifyNotice({ text, url: PAGE, lang: 'en' })));
    expect(results[0]!.kind).toBe('account_suspended');
    expect(results[1]!.kind).toBe('none');
  });

  it('refuses a malformed or oversized request with a clear message, and cuts a long text as the page scan does', () => {
    expect(() => classifyTexts(null)).toThrow(/"texts" must be a list/);
    expect(() => classifyTexts({ texts: [{ text: 42 }] })).toThrow(/needs a "text" string/);
    const tooMany = { texts: Array.from({ length: MAX_TEXTS_PER_REQUEST + 1 }, () => ({ text: NOTICE, url: PAGE })) };
    expect(() => classifyTexts(tooMany)).toThrow(ReinstateError);
    const long = `${NOTICE} ${'x'.repeat(MAX_TEXT_CHARS * 10)}`;
    expect(classifyTexts({ texts: [{ text: long, url: PAGE }] }).results[0]).toEqual(classifyNotice({ text: long.slice(0, MAX_TEXT_CHARS), url: PAGE }));
  });
});

describe('the content script’s remote classifier', () => {
  it('reads nothing until the background answers, then the same verdict as scoring in the page', async () => {
    document.body.innerHTML = `<div role="dialog">${NOTICE}</div>`;
    const url = new URL(PAGE);
    const { ask } = background();
    const classifier = remoteClassifier(ask);
    const words = document.querySelector('[role=dialog]')!.textContent!;
    expect(classifier.classify(words, url, undefined)).toBeUndefined();
    expect(await classifier.settle!()).toBe(true);
    expect(classifier.classify(words, url, undefined)).toEqual(classifyNotice({ text: words, url: url.href }));
    // Known words cost no second message.
    expect(await classifier.settle!()).toBe(false);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(detectPage(document, url).kind).toBe('account_suspended');
  });

  it('sends at most 20 texts a message and asks for every waiting text', async () => {
    const { ask, requests } = background();
    const classifier = remoteClassifier(ask);
    const url = new URL(PAGE);
    for (let i = 0; i < 45; i++) classifier.classify(`${NOTICE} (${i})`, url, 'en');
    await classifier.settle!();
    expect(requests.map((r) => r.texts.length)).toEqual([20, 20, 5]);
    expect(classifier.classify(`${NOTICE} (44)`, url, 'en')?.kind).toBe('account_suspended');
  });

  it('with no background to answer after a second try, counts the words as no notice instead of asking again after every change', async () => {
    const ask = vi.fn(async () => {
      throw new ReinstateError('internal', 'No answer to cs→bg:classify-texts.');
    });
    const classifier = remoteClassifier(ask, 1);
    const url = new URL(PAGE);
    expect(classifier.classify(NOTICE, url, undefined)).toBeUndefined();
    await classifier.settle!();
    expect(classifier.classify(NOTICE, url, undefined)).toMatchObject({ kind: 'none', matched: ['classifier:unavailable'] });
    await classifier.settle!();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks once more when the first message finds no background yet (a service worker still starting)', async () => {
    const { ask: answer } = background();
    let calls = 0;
    const ask = vi.fn(async (request: ClassifyTextsRequest) => {
      if (calls++ === 0) throw new ReinstateError('internal', 'Could not establish connection. Receiving end does not exist.');
      return answer(request);
    });
    const classifier = remoteClassifier(ask, 1);
    const url = new URL(PAGE);
    classifier.classify(NOTICE, url, 'en');
    await classifier.settle!();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(classifier.classify(NOTICE, url, 'en')?.kind).toBe('account_suspended');
  });

  it('lets the watcher report a notice once its words come back from the background, and a look-alike never', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    try {
      window.history.replaceState(null, '', '/login/');
      document.body.innerHTML = '<h1>Welcome</h1>';
      const found: string[] = [];
      const { ask } = background();
      watchForNotices({ doc: document, win: window, signal: controller.signal, classifier: remoteClassifier(ask), onNotice: (d) => found.push(d.kind), debounceMs: 50 });
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = 'You have successfully deactivated your account. We are sorry to see you go.';
      document.body.append(alert);
      await vi.advanceTimersByTimeAsync(100);
      expect(found).toEqual([]);
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.textContent = NOTICE;
      document.body.append(dialog);
      await vi.advanceTimersByTimeAsync(100);
      expect(found).toEqual(['account_suspended']);
      expect(ask).toHaveBeenCalledTimes(2);
    } finally {
      controller.abort();
      vi.useRealTimers();
    }
  });
});
