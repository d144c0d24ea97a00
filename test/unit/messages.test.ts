import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher, send } from '@/utils/messages';
import { ReinstateError } from '@/utils/errors';

describe('typed messages', () => {
  it('carries a typed answer and a typed error across contexts', async () => {
    const dispatch = createDispatcher({
      'ui→bg:current-case': async () => ({ id: 'c1', title: 'My case' }),
      'ui→bg:evidence-delete': async () => {
        throw new ReinstateError('not-found', 'No evidence x.');
      },
    });
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, sender: unknown) => dispatch(message, sender as never)) as never);
    await expect(send('ui→bg:current-case', {})).resolves.toEqual({ id: 'c1', title: 'My case' });
    const failure = send('ui→bg:evidence-delete', { id: 'x', reason: '' });
    await expect(failure).rejects.toBeInstanceOf(ReinstateError);
    await expect(failure).rejects.toMatchObject({ code: 'not-found', message: 'No evidence x.' });
  });

  it('leaves messages it does not own to other listeners', () => {
    const dispatch = createDispatcher({});
    expect(dispatch({ type: 'ui→bg:current-case', payload: {} }, {})).toBeUndefined();
    expect(dispatch('not an envelope', {})).toBeUndefined();
  });
});
