/** Checks, for lexicon tests, that each group's words (inflected, in any language) read as one concept. */
import { expect } from 'vitest';
import { termSet } from '../../src/corpus/terms.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';
import { foldText } from '../../src/corpus/fold.ts';
import { LEXICON_LINES } from '../../src/corpus/lexicon.ts';

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
