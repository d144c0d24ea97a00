/**
 * One word family as several regular expressions instead of one. V8 compiles
 * a regular expression to machine code only up to a size; past it (a family of
 * a few hundred alternatives with Unicode classes and look-behinds) it runs
 * the interpreter, 10–60× slower. Each chunk here stays small enough to be
 * compiled, and the union answers like the single alternation would: the
 * leftmost match, and at the same position the earlier alternative.
 */
export interface Matcher {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** Source characters per chunk: measured well under V8's native-code limit for these patterns. */
const CHUNK_CHARS = 2500;

export function union(alternatives: string[], flags = 'u'): Matcher {
  const chunks: RegExp[] = [];
  let current: string[] = [];
  let size = 0;
  for (const alternative of alternatives) {
    if (current.length && size + alternative.length > CHUNK_CHARS) {
      chunks.push(new RegExp(`(?:${current.join('|')})`, flags));
      current = [];
      size = 0;
    }
    current.push(alternative);
    size += alternative.length + 1;
  }
  if (current.length) chunks.push(new RegExp(`(?:${current.join('|')})`, flags));
  const exec = (text: string): RegExpExecArray | null => {
    let best: RegExpExecArray | null = null;
    for (const chunk of chunks) {
      // the whole text each time: cutting it would change what \b and look-aheads see at the cut
      const match = chunk.exec(text);
      if (match && (!best || match.index < best.index)) best = match;
    }
    return best;
  };
  return { exec, test: (text) => exec(text) !== null };
}
