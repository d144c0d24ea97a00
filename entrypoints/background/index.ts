import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { createDispatcher } from '@/utils/messages';
import { Store } from '@/utils/db/store';
import { onReminderAlarm, syncReminders } from '@/utils/background/reminders';
import { syncPlatformScripts } from '@/utils/platforms/registration';
import { CapturePacer } from '@/utils/capture/pacer';
import { openWelcomeOnInstall } from '@/utils/background/welcome';

export default defineBackground(() => {
  // Listeners are registered synchronously: an MV3 worker woken by a message
  // must find them in place before any await.
  const store = new Store();
  // The e2e build lends its store to tests and to bench:scale, which seed through it; the normal build does not.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { reinstateStore: store });
  // An older database's pin images are counted per case once, paced, after the upgrade (migration 006);
  // a worker stopped midway goes on from its place when it next starts.
  void store.fillPinImageCounts().catch(() => undefined);
  const replan = () => void syncReminders(browser, store).catch(() => undefined);
  const pacer = new CapturePacer();
  // bench:capture reads the pacer's refusals and waits from the e2e build's worker.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { reinstateCapturePacer: pacer });
  const dispatch = createDispatcher(createBackgroundHandlers(browser, store, pacer, replan));
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  const sync = () => void syncPlatformScripts(browser).catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener((details) => {
    sync();
    replan();
    // The E2E build skips it: a tab opening by itself would take the focus from the tests' pages.
    if (import.meta.env.MODE !== 'e2e') void openWelcomeOnInstall(browser, details).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => (sync(), replan()));
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(browser, store, alarm.name).catch(() => undefined));
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('reminder:')) void browser.tabs.create({ url: browser.runtime.getURL(`/locker.html#/case/${id.split(':')[1]}`) });
  });
});
