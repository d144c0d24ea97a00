import { t } from '../i18n';

/**
 * One quiet, dismissible note in the page, in a closed shadow root so the
 * page's styles and scripts cannot reach into it, and acting only on clicks
 * the browser marks as the user's own (`isTrusted`): a page script that
 * dispatches a click gets nothing. Text only: nothing from the page or the
 * extension is ever inserted as HTML.
 */
export function showToast(doc: Document, options: { message: string; detail?: string; actionLabel: string; onAction(): void; signal: AbortSignal }): HTMLElement {
  doc.getElementById('reinstate-toast-host')?.remove();
  const host = doc.createElement('div');
  host.id = 'reinstate-toast-host';
  host.setAttribute('data-testid', 'reinstate-toast');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `
    .toast { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
      font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #d0d0d6;
      border-left: 4px solid #0b57d0; border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 24px rgb(0 0 0 / .18); }
    .row { display: flex; gap: 8px; margin-top: 8px; justify-content: flex-end; }
    button { font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #c4c4cc; background: #f4f4f6; cursor: pointer; }
    button.primary { background: #0b57d0; color: #fff; border-color: #0b57d0; }
    p { margin: 0; } .detail { color: #5f6368; font-size: 13px; margin-top: 4px; }`;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  const message = doc.createElement('p');
  message.textContent = options.message;
  box.append(message);
  if (options.detail) {
    const detail = doc.createElement('p');
    detail.className = 'detail';
    detail.textContent = options.detail;
    box.append(detail);
  }
  const row = doc.createElement('div');
  row.className = 'row';
  const dismiss = doc.createElement('button');
  dismiss.textContent = t('toastDismiss');
  dismiss.addEventListener('click', (event) => {
    if (event.isTrusted) host.remove();
  });
  const action = doc.createElement('button');
  action.className = 'primary';
  action.textContent = options.actionLabel;
  action.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    options.onAction();
    host.remove();
  });
  row.append(dismiss, action);
  box.append(row);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  options.signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}
