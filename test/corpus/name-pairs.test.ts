import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namePairsMet } from '../fixtures/eval/name-pairs/pairs.ts';

const list = (name: string) => readFileSync(new URL(`../fixtures/eval/name-pairs/${name}`, import.meta.url), 'utf8');

// Floors at the figures measured when the lists were written (test/fixtures/eval/name-pairs/README.md):
// a change to the name keys may raise them, not lower them.
describe('names across alphabets', () => {
  it('meets the fit list at least as well as when the keys were changed on it', () => {
    const result = namePairsMet(list('fit.txt'));
    expect(result.pairs).toBe(306);
    expect(result.pairsMet).toBeGreaterThanOrEqual(192);
  });

  it('meets the check list at least as well as when it was written', () => {
    const result = namePairsMet(list('check.txt'));
    expect(result.pairs).toBe(280);
    expect(result.pairsMet).toBeGreaterThanOrEqual(178);
  });
});
