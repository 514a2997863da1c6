import { describe, expect, it } from 'vitest';
import { turnsEvery } from '../../src/index/turns.ts';

describe('turnsEvery', () => {
  it('lets the event loop take a turn once the slice has passed, and not before', async () => {
    let turned = false;
    setImmediate(() => (turned = true));
    const never = turnsEvery(60_000);
    await never();
    // Only promise jobs ran: the callback waiting for the loop's turn did not.
    expect(turned).toBe(false);
    const always = turnsEvery(0);
    await always();
    expect(turned).toBe(true);
  });
});
