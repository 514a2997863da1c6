import { memoized } from '../corpus/fold.ts';
import { termKind, termsOfToken, tokenizeWords } from '../corpus/terms.ts';
import type { Chunk } from '../corpus/types.ts';
import { recurringWordsTerms } from './evidence.ts';

/** A token's terms of the written-word kind, remembered as termsOfToken remembers all of them. */
const writtenWordTerms = memoized((token: string): readonly string[] => termsOfToken(token).filter((t) => termKind(t) === 'word'));

const ONLY_WHITE_SPACE = /^\s*$/u;

/**
 * Whether the chunk's text is its sentences' texts, in order, with white space between them and
 * around them, and some between each two: then no word runs from one sentence into the next, and
 * the words of the text are the words of its sentences.
 */
function sentencesHoldEveryWord(chunk: Chunk): boolean {
  const text = chunk.text;
  let at = 0;
  for (const sentence of chunk.sentences) {
    const from = sentence.start - chunk.start;
    if (from < at || (at > 0 && from === at) || !text.startsWith(sentence.text, from) || !ONLY_WHITE_SPACE.test(text.slice(at, from))) return false;
    at = from + sentence.text.length;
  }
  return ONLY_WHITE_SPACE.test(text.slice(at));
}

/**
 * The written-word terms of a passage's text (phrase initials give acronym terms only: the words
 * are enough to compare passages' wording). Read from its sentences' terms when they hold every
 * word of it: the same sentences come back across questions and are scored in answers, and their
 * terms are remembered (recurringWordsTerms).
 */
export function writtenWordsOf(chunk: Chunk): Set<string> {
  const words = new Set<string>();
  if (sentencesHoldEveryWord(chunk)) {
    for (const sentence of chunk.sentences) for (const t of recurringWordsTerms(sentence.text)) if (termKind(t) === 'word') words.add(t);
  } else {
    for (const token of tokenizeWords(chunk.text)) for (const t of writtenWordTerms(token)) words.add(t);
  }
  return words;
}
