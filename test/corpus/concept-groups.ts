/** Checks, for lexicon tests, that each group's words (inflected, in any language) read as one concept. */
import { expect } from 'vitest';
import { termSet } from '../../src/corpus/terms.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';
import { foldText } from '../../src/corpus/fold.ts';
import { LEXICON_LINES } from '../../src/corpus/lexicon.ts';
import { conceptOf } from '../../src/corpus/terms.ts';
import { isStopWord } from '../../src/corpus/stop-words.ts';

const conceptOfWord = (word: string) => [...termSet(word)].find((t) => t.startsWith(CONCEPT_PREFIX));

export function expectOneConceptEach(groups: readonly (readonly string[])[]): void {
  for (const words of groups) {
    const concepts = words.map(conceptOfWord);
    expect(concepts[0], words[0]).toBeDefined();
    for (const [i, concept] of concepts.entries()) expect(concept, words[i]).toBe(concepts[0]);
  }
}

/** Checks that no word of `lines` (a lexicon file's) is also a word of another lexicon line: a word belongs to one concept. */
export function expectNoWordElsewhere(lines: readonly string[]): void {
  const own = new Set(lines);
  const elsewhere = new Set(LEXICON_LINES.filter((line) => !own.has(line)).flatMap((line) => line.split(/\s+/).map(foldText)));
  for (const line of lines) for (const word of line.split(/\s+/)) expect(elsewhere.has(foldText(word)), `${word} (${line})`).toBe(false);
}

/** Checks that each line has a Latin, a Cyrillic and a Hangul word, none a stop word, each read as the line's own concept. */
export function expectFourLanguageLines(lines: readonly string[]): void {
  for (const line of lines) {
    const words = line.split(/\s+/);
    expect(words.some((w) => /^\p{Script=Latin}+$/u.test(w)), line).toBe(true);
    expect(words.some((w) => /\p{Script=Cyrillic}/u.test(w)), line).toBe(true);
    expect(words.some((w) => /\p{Script=Hangul}/u.test(w)), line).toBe(true);
    for (const word of words) {
      expect(isStopWord(foldText(word)), `${word} is a stop word`).toBe(false);
      expect(conceptOf(foldText(word)), word).toBe(words[0]);
    }
  }
}

/** Checks that no word of the pairs reads as the concept beside it: a word that shares a lexicon word's letters keeps its own sense. */
export function expectNotReadAs(pairs: readonly (readonly [word: string, concept: string])[]): void {
  for (const [word, concept] of pairs) expect(termSet(word).has(CONCEPT_PREFIX + concept), `${word} read as ${concept}`).toBe(false);
}
