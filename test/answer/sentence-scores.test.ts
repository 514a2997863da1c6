import { describe, expect, it } from 'vitest';
import { expectedAnswerType } from '../../src/answer/answer-kind.ts';
import { scoreSentences } from '../../src/answer/sentence-scores.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';
import { SENTENCES } from '../../src/scoring.ts';
import { passage } from './passages.ts';

function candidates(question: string, text: string) {
  return scoreSentences(expectedAnswerType(question), questionEvidence(question), [passage('h.txt', text)], [1]);
}

describe('scoreSentences: a sentence that goes on from the one before it', () => {
  const plant = 'Hanseong Chemical opened its polypropylene compound plant in the Sumgait industrial park on Tuesday.';
  const question = 'Who runs the Hanseong plant in Sumgait?';

  it('is read when the sentence before it names what is asked, though it repeats none of it', () => {
    const scored = candidates(question, `${plant} Rashad Mammadov, a chemist from Baku, will lead it.`);
    const follower = scored.find((c) => c.text.startsWith('Rashad Mammadov'));
    expect(follower).toBeDefined();
    expect(follower!.answers.length).toBeGreaterThan(0);
    // Carried words count at a share, below what the sentence that holds them covers.
    expect(follower!.share).toBeGreaterThanOrEqual(SENTENCES.minSentenceShare);
    expect(follower!.share).toBeLessThan(scored.find((c) => c.text === plant)!.share);
  });

  it('is not read after a sentence that has nothing of the question', () => {
    const scored = candidates(question, `${plant} The weather was fine on the day. Rashad Mammadov, a chemist from Baku, will lead it.`);
    expect(scored.some((c) => c.text.startsWith('Rashad Mammadov'))).toBe(false);
  });

  it('keeps its own score: carried words do not lift it above a sentence that says them itself', () => {
    const scored = candidates('How big is the Hanseong plant in Sumgait?', `${plant} Rashad Mammadov, a chemist from Baku, will lead it.`);
    expect(scored[0]!.text).toBe(plant);
  });
});
