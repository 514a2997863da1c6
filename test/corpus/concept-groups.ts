/** Checks, for lexicon tests, that each group's words (inflected, in any language) read as one concept. */
import { expect } from 'vitest';
import { termSet } from '../../src/corpus/terms.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';

const conceptOfWord = (word: string) => [...termSet(word)].find((t) => t.startsWith(CONCEPT_PREFIX));

export function expectOneConceptEach(groups: readonly (readonly string[])[]): void {
  for (const words of groups) {
    const concepts = words.map(conceptOfWord);
    expect(concepts[0], words[0]).toBeDefined();
    for (const [i, concept] of concepts.entries()) expect(concept, words[i]).toBe(concepts[0]);
  }
}
