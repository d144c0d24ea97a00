import { t, type MessageKey } from '@/utils/i18n';

const MARK = '\u2063';

/**
 * A translated sentence with a code (a fingerprint, a hash) in it: the words in
 * the normal font, only the code in monospace, wherever the language puts it.
 */
export function WithCode({ k, code }: { k: MessageKey; code: string }) {
  const [before, after = ''] = t(k, MARK).split(MARK);
  return (
    <>
      {before}
      <code class="code">{code}</code>
      {after}
    </>
  );
}
