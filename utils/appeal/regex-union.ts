/**
 * One word family as several regular expressions instead of one. V8 compiles
 * a regular expression to machine code only up to a size; past it (a family of
 * a few hundred alternatives with Unicode classes and look-behinds) it runs
 * the interpreter, 10–60× slower. Each chunk here stays small enough to be
 * compiled, and the union answers like the single alternation would: the
 * leftmost match, and at the same position the earlier alternative.
 *
 * Chunks are made on first use, not when the pattern modules load: parsing
 * the checker's families (`\p{Script=…}` classes in every word boundary)
 * takes about as long as compiling them, and a page that shows a letter
 * before it checks the notice (the appeal editor) should not pay it to load.
 */
export interface Matcher {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** A union whose chunks can also be run one at a time (a paced caller yields between them). */
export interface SteppedMatcher extends Matcher {
  /** The same answer as `exec`, one chunk per step: each step may compile its chunk (cold: tens of ms). */
  execSteps(text: string): Generator<void, RegExpExecArray | null>;
  /** Chunks made so far, of how many: for tests and benches. */
  readonly compiled: { made: number; total: number };
}

/** Source characters per chunk: measured well under V8's native-code limit for these patterns. */
const CHUNK_CHARS = 2500;

/** Every union made, so a test can check the checker's families all go through here and are built lazily. */
const made: SteppedMatcher[] = [];
export const allUnions = (): readonly SteppedMatcher[] => made;

function chunkSources(alternatives: string[]): string[] {
  const sources: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const alternative of alternatives) {
    if (current.length && size + alternative.length > CHUNK_CHARS) {
      sources.push(`(?:${current.join('|')})`);
      current = [];
      size = 0;
    }
    current.push(alternative);
    size += alternative.length + 1;
  }
  if (current.length) sources.push(`(?:${current.join('|')})`);
  return sources;
}

export function union(alternatives: string[], flags = 'u'): SteppedMatcher {
  const sources = chunkSources(alternatives);
  const chunks: (RegExp | undefined)[] = new Array(sources.length);
  let built = 0;
  const chunk = (i: number): RegExp => {
    let re = chunks[i];
    if (!re) {
      re = chunks[i] = new RegExp(sources[i]!, flags);
      built++;
    }
    return re;
  };
  // The whole text each time: cutting it would change what \b and look-aheads see at the cut.
  function* execSteps(text: string): Generator<void, RegExpExecArray | null> {
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < sources.length; i++) {
      if (i > 0) yield;
      const match = chunk(i).exec(text);
      if (match && (!best || match.index < best.index)) best = match;
    }
    return best;
  }
  const exec = (text: string): RegExpExecArray | null => {
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < sources.length; i++) {
      const match = chunk(i).exec(text);
      if (match && (!best || match.index < best.index)) best = match;
    }
    return best;
  };
  const matcher: SteppedMatcher = {
    exec,
    test: (text) => exec(text) !== null,
    execSteps,
    get compiled() {
      return { made: built, total: sources.length };
    },
  };
  made.push(matcher);
  return matcher;
}

/** Runs a matcher one chunk per step when it can, else in one step. */
export function* execInSteps(matcher: Matcher, text: string): Generator<void, RegExpExecArray | null> {
  const stepped = matcher as Partial<SteppedMatcher>;
  if (typeof stepped.execSteps === 'function') return yield* stepped.execSteps(text);
  return matcher.exec(text);
}
