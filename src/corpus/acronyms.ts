import { conceptOf } from './concepts.ts';
import { foldText, startsCapitalised, tokenizeWords } from './fold.ts';
import { givenNameKeyTokens } from './given-names.ts';
import { twoWordNameTokens } from './two-word-names.ts';
import { multiWordTermTokens } from './multi-word-terms.ts';
import { ACRONYM_PREFIX } from './term-kinds.ts';

/** Acronyms and the initials of capitalised phrases ("United Nations" → un), both ways. */

// Small words allowed inside a capitalised phrase without breaking its initials.
const PHRASE_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'de', 'və', 've']);

/** Each run of capitalised words (small joining words skipped), in text order. */
function capitalisedRuns(tokens: readonly string[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    if (startsCapitalised(token) && !token.includes('-')) run.push(token);
    else if (run.length > 0 && PHRASE_JOINERS.has(token.toLowerCase())) continue;
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const initialsOf = (run: readonly string[]) => run.map((word) => foldText(word[0]!)).join('');

/**
 * Initials of runs of capitalised words, as acronym tokens ("^un" for "United Nations", "^unfccc"
 * for "United Nations Framework Convention on Climate Change"): every sub-run of 2–6 words from
 * each capitalised word, so a question's acronym finds the phrase it abbreviates.
 */
export function acronymTokens(text: string): string[] {
  return clausesOf(text).flatMap((clause) => acronymTokensOf(tokenizeWords(clause)));
}

/**
 * A text cut where a question or an exclamation ends: capitalised words on either side of "?" or
 * "!" are no phrase ("Hi! Please tell me …", "… Engineering University? Thanks!").
 */
function clausesOf(text: string): string[] {
  return /[?!]/u.test(text) ? text.split(/[?!]+/u) : [text];
}

export function acronymTokensOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const run of capitalisedRuns(tokens).map(initialsOf)) {
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 2; j <= Math.min(run.length, i + 6); j++) out.push(ACRONYM_PREFIX + run.slice(i, j));
    }
  }
  return out;
}

/**
 * Acronym terms for the capitalised phrases of a question of three words or more ("Korea
 * International Cooperation Agency" → "^kica"), to look up acronyms in the text that abbreviate
 * them, allowing one extra letter (KOICA takes two letters of "Korea"). Only phrases made mostly
 * of common words (an institution's name), not runs of personal names ("Elnur Məmmədov Koreyada").
 */
export function phraseAcronyms(text: string): string[] {
  return clausesOf(text)
    .flatMap((clause) => capitalisedRuns(tokenizeWords(clause)))
    .filter((run) => run.length >= 3 && run.filter((word) => conceptOf(foldText(word)) !== undefined).length * 2 >= run.length)
    .map((run) => ACRONYM_PREFIX + initialsOf(run));
}

/** Tokens the lexical index stores for a text: its words plus the initials of its capitalised phrases, the sound keys of its two-word given names, the one word of its two-word names (two-word-names.ts) and the concept of its multi-word terms (multi-word-terms.ts). */
export function indexTokens(text: string): readonly string[] {
  const words = tokenizeWords(text);
  if (!/[?!]/u.test(text)) return indexTokensOf(words);
  const extra = [...acronymTokens(text), ...givenNameKeyTokens(words), ...twoWordNameTokens(words), ...multiWordTermTokens(words)];
  return extra.length === 0 ? words : [...words, ...extra];
}

/** indexTokens of a text already split by tokenizeWords. */
export function indexTokensOf(words: readonly string[]): readonly string[] {
  const extra = [...acronymTokensOf(words), ...givenNameKeyTokens(words), ...twoWordNameTokens(words), ...multiWordTermTokens(words)];
  return extra.length === 0 ? words : [...words, ...extra];
}

/** Letters of an acronym said as a word: five or more (a shorter one's sound key meets words: "UNEC" is "Энержи"), no digit, two vowels or more. */
const SPOKEN_ACRONYM_MIN_LETTERS = 5;

/** Whether an acronym (folded) is said as a word ("koica", "nato"), not spelt out letter by letter ("bmt", "kdb"). */
export function isSpokenAcronym(folded: string): boolean {
  return folded.length >= SPOKEN_ACRONYM_MIN_LETTERS && /^\p{L}+$/u.test(folded) && (folded.match(/[aeiouyаеёиоуыэюя]/gu)?.length ?? 0) >= 2;
}
