// The in-page note lives in a closed shadow root and acts only on trusted
// clicks: tests reach it the way a person does. CDP's DOM domain (pierce)
// sees into closed roots; the click is a real mouse click at the button.

function textOf(node) {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return [...(node.children ?? [])].map(textOf).join('');
}

function findNode(node, predicate) {
  if (predicate(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, predicate);
    if (found) return found;
  }
  return undefined;
}

async function pierced(context, page) {
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  return { cdp, root };
}

/** The note's words, read through its closed shadow root ('' when there is no note). */
export async function toastText(context, page) {
  const { cdp, root } = await pierced(context, page);
  try {
    const host = findNode(root, (n) => n.attributes?.includes('reinstate-toast-host'));
    return host ? textOf({ children: host.shadowRoots ?? [] }) : '';
  } finally {
    await cdp.detach();
  }
}

/** Clicks the note's button labelled `label` with the mouse. */
export async function clickToastButton(context, page, label) {
  const { cdp, root } = await pierced(context, page);
  try {
    const host = findNode(root, (n) => n.attributes?.includes('reinstate-toast-host'));
    if (!host) throw new Error('no in-page note');
    const button = findNode({ children: host.shadowRoots ?? [] }, (n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
    if (!button) throw new Error(`no button "${label}" in the note`);
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** Waits until the note is in the page and shows `words`. */
export async function waitForToast(context, page, words, timeout = 15_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if ((await toastText(context, page)).includes(words)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`the in-page note with "${words}" did not appear`);
}
