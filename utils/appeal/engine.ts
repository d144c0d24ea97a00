/**
 * The one template engine for every letter: `{{path}}`, `{{#if path}}…{{else}}…{{/if}}`
 * and `{{#each path}}…{{/each}}` (inside, `{{.field}}` is the item's field and
 * `{{@n}}` its number from 1). A value that is missing renders as a visible
 * `[path]` and is reported in `unfilled`, never as "undefined".
 */
type Node =
  | { type: 'text'; value: string }
  | { type: 'var'; path: string }
  | { type: 'if'; path: string; then: Node[]; else: Node[] }
  | { type: 'each'; path: string; body: Node[] };

const TOKEN = /\{\{\s*(#if|#each|else|\/if|\/each)?\s*([^}]*?)\s*\}\}/g;

export function parseTemplate(source: string): Node[] {
  const root: Node[] = [];
  const stack: { nodes: Node[]; node?: Extract<Node, { type: 'if' | 'each' }>; inElse?: boolean }[] = [{ nodes: root }];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    if (match.index! > last) top.nodes.push({ type: 'text', value: source.slice(last, match.index) });
    last = match.index! + match[0].length;
    const [, keyword, arg = ''] = match;
    if (keyword === '#if' || keyword === '#each') {
      const node: Extract<Node, { type: 'if' | 'each' }> =
        keyword === '#if' ? { type: 'if', path: arg, then: [], else: [] } : { type: 'each', path: arg, body: [] };
      top.nodes.push(node);
      stack.push({ nodes: node.type === 'if' ? node.then : node.body, node });
    } else if (keyword === 'else') {
      if (top.node?.type !== 'if') throw new SyntaxError('{{else}} outside {{#if}}');
      top.nodes = top.node.else;
      top.inElse = true;
    } else if (keyword === '/if' || keyword === '/each') {
      if (!top.node || top.node.type !== keyword.slice(1)) throw new SyntaxError(`Unexpected {{${keyword}}}`);
      stack.pop();
    } else {
      top.nodes.push({ type: 'var', path: arg });
    }
  }
  if (stack.length !== 1) throw new SyntaxError('Unclosed block in template');
  if (last < source.length) root.push({ type: 'text', value: source.slice(last) });
  return root;
}

function lookup(data: unknown, path: string, item: unknown, index: number): unknown {
  if (path === '@n') return index + 1;
  if (path === '.') return item;
  const [scope, parts] = path.startsWith('.') ? [item, path.slice(1).split('.')] : [data, path.split('.')];
  let value: unknown = scope;
  for (const part of parts) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

export function renderTemplate(source: string, data: Record<string, unknown>): { text: string; unfilled: string[] } {
  const unfilled = new Set<string>();
  const render = (nodes: Node[], item: unknown, index: number): string =>
    nodes
      .map((node) => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'var': {
            const value = lookup(data, node.path, item, index);
            if (value === undefined || value === null || value === '') {
              unfilled.add(node.path);
              return `[${node.path.replace(/^\./, '')}]`;
            }
            return String(value);
          }
          case 'if':
            return render(truthy(lookup(data, node.path, item, index)) ? node.then : node.else, item, index);
          case 'each': {
            const list = lookup(data, node.path, item, index);
            return Array.isArray(list) ? list.map((entry, i) => render(node.body, entry, i)).join('') : '';
          }
        }
      })
      .join('');
  const text = render(parseTemplate(source), undefined, 0)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, unfilled: [...unfilled] };
}
