/**
 * Typing slips in a question: a word that no passage has, read as the passages' word one edit
 * away (LexicalIndex.spellingOf), so that "what agreemet did they sign?" is answered as "what
 * agreement did they sign?". Short words, and names the passages meet by their sound, are left as typed.
 */

/** The question with each word `spellingOf` reads as another replaced by it; the same string when none is. */
export function readSpelling(question: string, spellingOf: (word: string) => string | undefined): string {
  return question.replace(/\p{L}+/gu, (word) => spellingOf(word) ?? word);
}
