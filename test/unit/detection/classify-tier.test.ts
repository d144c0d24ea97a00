import { describe, expect, it } from 'vitest';
import { noticeTier, STORE_AT } from '@/utils/detection/classify-tier';
import { classifyNotice } from '@/utils/detection/classify';

describe('store, ask or nothing', () => {
  it('stores a sure notice, asks about an unsure one, nothing for no notice', () => {
    expect(noticeTier({ kind: 'account_suspended', confidence: 0.95 })).toBe('store');
    expect(noticeTier({ kind: 'account_suspended', confidence: STORE_AT })).toBe('store');
    expect(noticeTier({ kind: 'content_removed', confidence: STORE_AT - 0.01 })).toBe('ask');
    expect(noticeTier({ kind: 'none', confidence: 0.99 })).toBe('none');
  });

  it('a plain suspension notice is stored at once with the committed model', () => {
    const c = classifyNotice({ text: 'Your account has been suspended for violating our Community Guidelines. If you think we made a mistake, you can appeal.' });
    expect(noticeTier(c)).toBe('store');
  });
});
