/** The namespaces of terms: a term's first character says what kind of match it is (see terms.ts). */

export const CONCEPT_PREFIX = '=';
export const SOUND_PREFIX = '~';
export const ACRONYM_PREFIX = '^';
/** Character bigrams of Hangul words (see corpus/korean.ts); a word's bigrams count together, by the share that match. */
export const GRAM_PREFIX = '%';

export type TermKind = 'word' | 'concept' | 'sound' | 'acronym' | 'gram';

export function termKind(term: string): TermKind {
  switch (term[0]) {
    case CONCEPT_PREFIX:
      return 'concept';
    case SOUND_PREFIX:
      return 'sound';
    case ACRONYM_PREFIX:
      return 'acronym';
    case GRAM_PREFIX:
      return 'gram';
    default:
      return 'word';
  }
}
