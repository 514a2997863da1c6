import { foldAsTyped, foldText, memoized } from './fold.ts';
import { PLACE_LINES } from './lexicon-places.ts';
import { CONCEPT_PREFIX } from './term-kinds.ts';
import { LEXICON_LINES } from './lexicon.ts';
import { NO_CONCEPT_WORDS } from './lexicon-no-concept.ts';
import { russianCaseForms, russianPastForms, russianPresentForms, russianRelationalAdjectives } from './russian-forms.ts';
import { stemsOf } from './stemmers.ts';

/** The lexicon (lexicon.ts) as a lookup: the concept a word, or one of its stems, belongs to. */

/** The month number (1–12) of each month concept id, for date recognition. */
export const MONTH_CONCEPTS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (m, i) => [CONCEPT_PREFIX + m, i + 1],
  ),
);

/** The shortest Snowball stem of a Russian lexicon word that names its concept in other words. */
const RUSSIAN_MIN_CONCEPT_STEM = 5;

let lexicon: Map<string, string> | undefined;
let hangulWords: Map<string, string> | undefined;

/** Folded word forms (Russian case forms too) and their stems → concept id; built on first use, not at import. */
export function lexiconMap(): Map<string, string> {
  if (lexicon !== undefined) return lexicon;
  const map = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const line of LEXICON_LINES) {
    const words = line.split(/\s+/);
    const id = words[0]!;
    for (const word of words) {
      // Azerbaijani typed without its letters writes ə as e ("sefir" for "səfir"): both spellings name the concept.
      for (const folded of new Set([foldText(word), foldAsTyped(word)])) {
        // Exact forms win over stems of other entries.
        map.set(folded, id);
        // A stem of three letters belongs to too many words to name a concept ("sah" of sahələr, fields; of Sahiba);
        // a Russian one of four too ("почт" of почтить, to honour, is "почти", almost; "стал" of сталь is "стала", became).
        for (const stem of stemsOf(folded)) if (stem.length >= (/\p{Script=Cyrillic}/u.test(stem) ? RUSSIAN_MIN_CONCEPT_STEM : 4) && !forms.has(stem)) forms.set(stem, id);
      }
    }
  }
  for (const line of LEXICON_LINES) {
    const words = line.split(/\s+/);
    for (const word of words) {
      const folded = foldText(word);
      for (const form of [...russianCaseForms(folded), ...russianPastForms(folded), ...russianPresentForms(folded), ...russianRelationalAdjectives(folded)]) if (!map.has(form)) map.set(form, words[0]!);
    }
  }
  for (const [stem, id] of forms) if (!map.has(stem)) map.set(stem, id);
  lexicon = map;
  return map;
}

let noConcept: Set<string> | undefined;

/** The folded forms of NO_CONCEPT_WORDS, as lexiconMap folds the lexicon's words. */
function noConceptForms(): Set<string> {
  noConcept ??= new Set(NO_CONCEPT_WORDS.flatMap((line) => line.split(/\s+/)).flatMap((word) => [foldText(word), foldAsTyped(word)]));
  return noConcept;
}

/** Whether a folded word is one of NO_CONCEPT_WORDS: neither it nor a part of it names a lexicon concept. */
export function namesNoConcept(folded: string): boolean {
  return noConceptForms().has(folded);
}

/** The concept a folded word's stems name (null: none): stemming costs more than remembering. */
const conceptThroughStems = memoized((folded) => conceptOfStems(lexiconMap(), stemsOf(folded)) ?? null);

/** The lexicon concept of a folded word, trying the word and then its stems (stemsOf, passed when already known). */
export function conceptOf(folded: string, stems?: readonly string[]): string | undefined {
  if (namesNoConcept(folded)) return undefined;
  const map = lexiconMap();
  const direct = map.get(folded);
  if (direct !== undefined) return direct;
  if (stems !== undefined) return conceptOfStems(map, stems);
  return conceptThroughStems(folded) ?? undefined;
}

let placeForms: Map<string, string> | undefined;

/**
 * The place a capitalised folded word names when the lexicon gives its form to another concept as
 * well: Azerbaijani "Şuşa" (Shusha) and "şüşə" (glass) fold alike, and the later line took the
 * form. Undefined when the word, or its longest stem that names one, names no place.
 */
export function placeConceptOf(folded: string, stems: readonly string[]): string | undefined {
  if (placeForms === undefined) {
    // Every folded form of the place lines, as lexiconMap folds them.
    placeForms = new Map();
    for (const line of PLACE_LINES) {
      const words = line.split(/\s+/);
      for (const word of words) for (const form of [foldText(word), foldAsTyped(word)]) placeForms.set(form, words[0]!);
    }
  }
  return placeForms.get(folded) ?? conceptOfStems(placeForms, stems);
}

/**
 * The concept of the longest stem that has one: the fewer letters a stem strips, the likelier it is
 * the word ("sakinin", of a resident, is "sakin" stripped of -in, not "saki" stripped of -nin).
 */
function conceptOfStems(map: ReadonlyMap<string, string>, stems: readonly string[]): string | undefined {
  let found: string | undefined;
  let length = -1;
  for (const stem of stems) {
    const id = map.get(stem);
    if (id !== undefined && stem.length > length) {
      found = id;
      length = stem.length;
    }
  }
  return found;
}

const HANGUL_WORD = /^[\uac00-\ud7a3]{2,}$/u;

/** The lexicon's Hangul words of two syllables or more → concept id. */
function hangulLexicon(): Map<string, string> {
  if (hangulWords !== undefined) return hangulWords;
  hangulWords = new Map();
  for (const line of LEXICON_LINES) {
    const words = line.split(/\s+/);
    for (const word of words) if (HANGUL_WORD.test(word) && !hangulWords.has(word)) hangulWords.set(word, words[0]!);
  }
  return hangulWords;
}

/** Endings that make a verb's stem a noun or a purpose ("배우기", learning; "배우러", to learn), never a compound's last syllable after a lexicon noun. */
const VERBAL_ENDINGS: ReadonlySet<string> = new Set(['기', '러', '려']);

/**
 * Concepts of the lexicon words a Korean compound begins and ends with ("투자보장협정", investment
 * guarantee agreement: investment, agreement), as a dictionary decompounder splits compounds (Lucene's
 * Nori does with its dictionary). Korean compounds put their head last, so the end names what the
 * compound is ("주한대사" is an ambassador) and the beginning what it is of. Only the longest word at
 * each end counts, and at least one syllable is left beside it, so a word is never its own part.
 */
export function compoundConcepts(stem: string): string[] {
  const syllables = [...stem];
  if (syllables.length < 3 || !HANGUL_WORD.test(stem)) return [];
  const found = new Set<string>();
  const head = longestLexiconWord((length) => syllables.slice(-length), syllables.length - 1);
  if (head !== undefined) found.add(head);
  // A verb's stem with a verbal ending is no compound: "배우기", "배우러" (to learn) are not actors (배우).
  const beginning = VERBAL_ENDINGS.has(syllables.at(-1)!) ? undefined : longestLexiconWord((length) => syllables.slice(0, length), syllables.length - 1);
  if (beginning !== undefined) found.add(beginning);
  return [...found];
}

/**
 * The head of a Korean compound that ends with a lexicon word and begins with none, most often a
 * name: "한성" of "한성건설" (Hanseong construction), "삼성" of "삼성전자". Undefined otherwise.
 */
export function compoundHead(stem: string): string | undefined {
  const syllables = [...stem];
  if (syllables.length < 4 || !HANGUL_WORD.test(stem)) return undefined;
  const words = hangulLexicon();
  for (let length = syllables.length - 2; length >= 2; length--) {
    if (!words.has(syllables.slice(-length).join(''))) continue;
    const head = syllables.slice(0, -length);
    return longestLexiconWord((n) => head.slice(0, n), head.length) === undefined ? head.join('') : undefined;
  }
  return undefined;
}

/**
 * Trades a Korean company's name is written together with ("누리테크", "한울솔라", "한빛물산"): before
 * one of them, the head is a company's name even when it is short and sounds like a common word.
 */
const COMPANY_TRADES: ReadonlySet<string> = new Set([
  'technology', 'solar', 'industry', 'trade', 'construction', 'transport', 'mobile', 'electronic', 'energy', 'chemical', 'bank',
  'insurance', 'engineering', 'steel', 'drug', 'food', 'telecommunications', 'group', 'machinery', 'biotechnology', 'system',
  'aviation', 'maritime', 'electricity', 'cable', 'textile', 'cosmetics', 'car', 'hydrogen', 'ship',
]);

/** Whether a compound's head (compoundHead) is followed by a word naming a company's trade. */
export function headsCompanyName(stem: string, head: string): boolean {
  const tail = hangulLexicon().get(stem.slice(head.length));
  return tail !== undefined && COMPANY_TRADES.has(tail);
}

/** The concept of the longest Hangul lexicon word of 2 to `longest` syllables that `part(length)` gives. */
function longestLexiconWord(part: (length: number) => string[], longest: number): string | undefined {
  const words = hangulLexicon();
  for (let length = longest; length >= 2; length--) {
    const id = words.get(part(length).join(''));
    if (id !== undefined) return id;
  }
  return undefined;
}
