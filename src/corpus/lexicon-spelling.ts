/**
 * The lexicon's words one edit away from a word (a typing slip of a word the passages write only in
 * another language: "Associatin" for the association the passages call "Assosiasiya"), found
 * through the words with one letter deleted, as SymSpell does: a word and a slip of it one edit
 * apart share the word itself or one of its deletions.
 */
import { foldText, memoized, withinOneEdit } from './fold.ts';
import { LEXICON_LINES } from './lexicon.ts';

/** A lexicon word as folded, with the concept it names. */
export interface LexiconWord {
  word: string;
  concept: string;
}

/** The word and each form of it with one character left out. */
function deletions(word: string): string[] {
  const forms = new Set([word]);
  for (let i = 0; i < word.length; i++) forms.add(word.slice(0, i) + word.slice(i + 1));
  return [...forms];
}

/** Lexicon words shorter than this are left out: a slip of a short word is as often another word. */
const MIN_WORD_LENGTH = 5;

let byDeletion: Map<string, LexiconWord[]> | undefined;

/** The lexicon's words of MIN_WORD_LENGTH characters or more, by each of their deletions (built once, about a megabyte). */
function lexiconDeletions(): Map<string, LexiconWord[]> {
  if (byDeletion !== undefined) return byDeletion;
  const map = new Map<string, LexiconWord[]>();
  for (const line of LEXICON_LINES) {
    const [concept, ...rest] = line.split(/\s+/);
    for (const word of new Set([concept!, ...rest].map((w) => foldText(w)))) {
      if (word.length < MIN_WORD_LENGTH) continue;
      for (const form of deletions(word)) map.set(form, [...(map.get(form) ?? []), { word, concept: concept! }]);
    }
  }
  byDeletion = map;
  return map;
}

/** The lexicon words within one insertion, deletion or substitution of a folded word (none is the word itself). */
export const lexiconWordsOneEditAway = memoized((folded: string): readonly LexiconWord[] => {
  const map = lexiconDeletions();
  const found = new Map<string, LexiconWord>();
  for (const form of deletions(folded)) {
    for (const entry of map.get(form) ?? []) if (entry.word !== folded && withinOneEdit(entry.word, folded)) found.set(entry.word, entry);
  }
  return [...found.values()];
});
