/**
 * How the passages write a question's word that none of them has (LexicalIndex.spellingOf):
 * people type questions with slips, and Korean spaces its compounds as it likes.
 */
import { Buffer } from 'node:buffer';
import { isHangulWord, koreanStem } from '../../corpus/korean.ts';
import { startsCapitalised } from '../../corpus/fold.ts';
import { ACRONYM_PREFIX, CONCEPT_PREFIX, analyzeWords, foldText, termKind, termsOfToken } from '../../corpus/terms.ts';
import { lexiconWordsOneEditAway } from '../../corpus/lexicon-spelling.ts';
import { LEXICAL } from '../../scoring.ts';
import { exactTermId, oneEditAway } from './expansion.ts';
import { termText } from './segment.ts';
import { stemsOf } from '../../corpus/stemmers.ts';
import type { Segment } from './segment.ts';

/** Question words shorter than this are never read as another word (see src/scoring.ts). */
const SPELLING_MIN_LENGTH = LEXICAL.spellingMinLength;

/**
 * A word no passage has, read as the passages' most frequent written word one edit away (the
 * fuzzy expansion's neighbourhood): "agreemet" → agreement, "Марданв" → Марданов (a capitalised
 * word stays capitalised), or else as the lexicon's word one edit away that passages hold in
 * another language ("Associatin" → association). No term of the word may match: a name the
 * passages write in another script, met by its sound key, stays as typed. Undefined for a word the passages have, one in
 * capitals (an acronym), a word shorter than LEXICAL.spellingMinLength or with digits, or nothing
 * that close.
 */
export function slipSpelling(segment: Segment, vocabText: Buffer, token: string): string | undefined {
  const folded = foldText(token);
  const capitalised = startsCapitalised(token);
  if (!(capitalised || /^\p{Ll}/u.test(token)) || folded.length < SPELLING_MIN_LENGTH || /\p{N}/u.test(folded)) return undefined;
  const terms = termsOfToken(token);
  if (terms.length === 0 || terms.some((term) => exactTermId(segment, term) >= 0)) return undefined;
  let best = -1;
  for (const id of oneEditAway(segment, vocabText, folded, Buffer.byteLength(folded))) {
    const df = segment.documentFrequency[id]!;
    const written = termText(segment, vocabText, id);
    if (termKind(written) !== 'word' || df === 0 || !readsAsSlipOf(folded, written)) continue;
    // Equally frequent, the longer word: a stem ("мардан") is as frequent as the word it stems.
    const bestDf = best < 0 ? -1 : segment.documentFrequency[best]!;
    if (df > bestDf || (df === bestDf && termText(segment, vocabText, id).length > termText(segment, vocabText, best).length)) best = id;
  }
  const word = best >= 0 ? termText(segment, vocabText, best) : lexiconSpelling(segment, folded);
  if (word === undefined) return formSpelling(segment, token);
  return capitalised ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Whether `typed` may be read as `written` (both folded, one edit apart): a slip of typing, or another form of the same word. */
function readsAsSlipOf(typed: string, written: string): boolean {
  return isTypingSlip(typed, written) || differsAfterStem(typed, written);
}

/** The rows of the keyboards questions are typed on (QWERTY, ЙЦУКЕН): a key slipped onto is one beside it or in the row above or below. */
const KEYBOARD_ROWS = [['qwertyuiop', 'asdfghjkl', 'zxcvbnm'], ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю']];

/** Each letter's neighbouring keys. */
const NEIGHBOUR_KEYS: ReadonlyMap<string, string> = new Map(
  KEYBOARD_ROWS.flatMap((rows) =>
    rows.flatMap((row, r) =>
      [...row].map((key, k) => {
        const near = [row[k - 1], row[k + 1], rows[r - 1]?.[k], rows[r - 1]?.[k + 1], rows[r + 1]?.[k - 1], rows[r + 1]?.[k]];
        return [key, near.filter((n) => n !== undefined).join('')] as const;
      }),
    ),
  ),
);

/**
 * Whether `typed` reads as `written` (both folded, one edit apart) with a slip of typing rather
 * than as another word: a key beside the right one ("соглащение"), a letter dropped inside the
 * word ("goverment", "investng"), a key pressed twice ("commmission"), or the h that Azerbaijani
 * typed without its letters writes after s, c and z ("kodlashdirma", "achilib"). Another letter
 * mostly makes another word ("scores" and "stores", "bağlanıb" and "başlanıb"), as a letter more
 * or less at either end does ("setting" and "settings", "brought" and "bought").
 */
function isTypingSlip(typed: string, written: string): boolean {
  const [a, b] = [[...typed], [...written]];
  if (a.length + 1 === b.length) {
    const dropped = firstDifference(a, b);
    return dropped > 0 && dropped < b.length - 1;
  }
  if (a.length === b.length) {
    const at = firstDifference(a, b);
    return NEIGHBOUR_KEYS.get(a[at]!)?.includes(b[at]!) === true;
  }
  if (a.length === b.length + 1) {
    const at = firstDifference(b, a);
    const extra = a[at];
    return extra === a[at - 1] || extra === a[at + 1] || (extra === 'h' && /^[scz]$/u.test(a[at - 1] ?? '')) || isFleetingVowel(a, at);
  }
  return false;
}

/** How many letters two words share from their start: where the first of them differs. */
function firstDifference(shorter: readonly string[], longer: readonly string[]): number {
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return i;
}

/** Russian writes a vowel into a word's last syllable in the genitive plural ("молодёжка": "молодёжек", "девушка": "девушек"), which Snowball does not stem away. */
const isFleetingVowel = (letters: readonly string[], at: number): boolean => at === letters.length - 2 && /^[еёо]$/u.test(letters[at]!) && /^[бвгджзклмнпрстфхцчшщ]$/u.test(letters[at + 1]!);

/**
 * Whether `typed` and `written` (folded) part only after the stem of one of them: another form of
 * the same word ("спортсменв" for "спортсмены", "гибриды" for "гибридные", "mərkəzində" for a form
 * of "mərkəz"), whatever the edit, so reading one as the other keeps what the question asks.
 */
function differsAfterStem(typed: string, written: string): boolean {
  const stem = Math.min(...[...stemsOf(typed), ...stemsOf(written)].filter((s) => s.length >= MIN_FORM_STEM).map((s) => s.length));
  return Number.isFinite(stem) && firstDifference([...typed], [...written]) >= stem;
}

/** Letters a slip may have dropped, by the word's alphabet. */
const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyzəıöüçşğ'];
const CYRILLIC_LETTERS = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'];

/** A stem shorter than this is a root of too many words to say two forms are one word's. */
const MIN_FORM_STEM = 4;

/** The share of the typed word a stem keeps at least to stand for the word it begins ("biri" is no stem of "birinci"). */
const FORM_STEM_MIN_SHARE = 0.6;

/**
 * A word whose slip left an ending no passage writes ("Gürcüstandn", "parkınn", "xərcləyəck"):
 * read as the word one dropped letter away whose stem, the longest, passages hold ("Gürcüstandan",
 * stem gürcüstan), when none is written one edit away. The stem must be typed as it is: a slip
 * inside it makes another word ("стоили" is no "строили"). Undefined when no such reading meets a
 * passage.
 */
function formSpelling(segment: Segment, token: string): string | undefined {
  const letters = /^[\p{Script=Latin}'-]+$/u.test(token) ? LATIN_LETTERS : /^[\p{Script=Cyrillic}-]+$/u.test(token) ? CYRILLIC_LETTERS : undefined;
  // A word the lexicon reads as a question word ("universitetde", typed without ə) is no slip.
  if (letters === undefined || analyzeWords(token).some((word) => word.terms.some((term) => termKind(term) === 'concept'))) return undefined;
  const typed = foldText(token);
  // A reading is kept only for a stem the passages hold that the typed word begins with: when no
  // such beginning is a term, none of the readings below can be (and building them is most of a
  // new question's spelling time).
  let heldBeginning = false;
  for (let length = Math.ceil(FORM_STEM_MIN_SHARE * typed.length); length <= typed.length && !heldBeginning; length++) {
    const id = exactTermId(segment, typed.slice(0, length));
    heldBeginning = id >= 0 && segment.documentFrequency[id]! > 0;
  }
  if (!heldBeginning) return undefined;
  const chars = [...token];
  const readings = new Set<string>();
  // The stem is typed as it is: the dropped letter comes after it.
  for (let at = Math.ceil(FORM_STEM_MIN_SHARE * chars.length); at <= chars.length; at++) for (const letter of letters) readings.add([...chars.slice(0, at), letter, ...chars.slice(at)].join(''));
  let best: { reading: string; stem: number; df: number } | undefined;
  for (const reading of readings) {
    const written = foldText(reading);
    // A stem met, typed as it is; not a sound key or a written word (a written word one edit away was sought already).
    for (const term of termsOfToken(reading)) {
      if (termKind(term) !== 'word' || term === written || term.length < FORM_STEM_MIN_SHARE * typed.length || !typed.startsWith(term)) continue;
      const id = exactTermId(segment, term);
      const df = id < 0 ? 0 : segment.documentFrequency[id]!;
      // The longest stem met is the closest reading; among equals, the one more passages hold.
      if (df > 0 && (best === undefined || term.length > best.stem || (term.length === best.stem && df > best.df))) best = { reading, stem: term.length, df };
    }
  }
  return best?.reading;
}

/**
 * A slip of a lexicon word that the passages write only in another language ("Associatin": the
 * passages say "Assosiasiya"): the lexicon word one edit away whose concept the most passages hold.
 * Latin letters only: a Russian word one edit from a lexicon word is most often another form or
 * another word ("пришло" is no slip of "прошло").
 */
function lexiconSpelling(segment: Segment, folded: string): string | undefined {
  if (!/^[a-z'-]+$/u.test(folded)) return undefined;
  let best: { word: string; df: number } | undefined;
  for (const { word, concept } of lexiconWordsOneEditAway(folded)) {
    if (!readsAsSlipOf(folded, foldText(word))) continue;
    const id = exactTermId(segment, CONCEPT_PREFIX + concept);
    const df = id < 0 ? 0 : segment.documentFrequency[id]!;
    if (df > 0 && (best === undefined || df > best.df)) best = { word, df };
  }
  return best?.word;
}

/**
 * An acronym typed in lower case ("undp", "edcf"), as chats write them, when no passage has the
 * word (a stop word is none) but passages spell it as initials ("United Nations Development Programme") or write it in
 * capitals: read in capitals, so it meets them. Undefined otherwise.
 */
export function acronymSpelling(segment: Segment, token: string): string | undefined {
  const terms = termsOfToken(token);
  // A word the lexicon knows is that word ("met", the past of meet), whatever the passages spell in capitals ("MET").
  if (!/^[\p{Ll}]{3,7}$/u.test(token) || terms.length === 0 || terms.some((term) => termKind(term) === 'concept')) return undefined;
  const folded = foldText(token);
  if (exactTermId(segment, folded) >= 0 || exactTermId(segment, ACRONYM_PREFIX + folded) < 0) return undefined;
  return token.toUpperCase();
}

/** Syllables a compound has at least before it is split; each part keeps two or more. */
const COMPOUND_MIN_SYLLABLES = 4;

/**
 * A Korean compound no passage writes joined, as two words the passages write apart ("한식축제에"
 * → "한식 축제에", the particle kept on the second), the split whose rarer part is the most
 * common. Undefined for a word the passages have, a short one, or no such split.
 */
export function hangulSpacing(segment: Segment, token: string): string | undefined {
  if (!isHangulWord(token)) return undefined;
  const stem = koreanStem(token);
  const syllables = [...stem];
  if (syllables.length < COMPOUND_MIN_SYLLABLES || exactTermId(segment, stem) >= 0 || exactTermId(segment, token) >= 0) return undefined;
  const frequency = (word: string) => {
    const id = exactTermId(segment, word);
    return id < 0 ? 0 : segment.documentFrequency[id]!;
  };
  let best: { at: number; score: number } | undefined;
  for (let at = 2; at <= syllables.length - 2; at++) {
    const score = Math.min(frequency(syllables.slice(0, at).join('')), frequency(syllables.slice(at).join('')));
    if (score > 0 && (best === undefined || score > best.score)) best = { at, score };
  }
  if (best === undefined) return undefined;
  return `${syllables.slice(0, best.at).join('')} ${syllables.slice(best.at).join('')}${token.slice(stem.length)}`;
}
