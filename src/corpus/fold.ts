/**
 * Text folding and word tokenization shared by every step of term analysis: the forms in which
 * words of the four languages are compared.
 */

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ə: 'a', ı: 'i', ğ: 'g', ş: 's', ç: 'c', ö: 'o', ü: 'u', ß: 'ss', ё: 'е',
};

const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Entries a memo holds before it starts afresh, unless it says otherwise (words: about 200 bytes each). */
const MEMO_LIMIT = 65_536;
/** Entries of a memo keyed by whole sentences (about 1 KB each with what they map to): the sentences of the last hundred or so questions, a few MB per memo. */
export const SENTENCE_MEMO_LIMIT = 4_096;

/**
 * A pure function of a string (never returning undefined), remembered: the memo starts afresh
 * when it holds MEMO_LIMIT entries rather than tracking use, which keeps lookups cheap. Filled on
 * use, not at import.
 */
export function memoized<T extends NonNullable<unknown> | null>(compute: (key: string) => T, limit: number = MEMO_LIMIT): (key: string) => T {
  let memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo = new Map();
      memo.set(key, (value = compute(key)));
    }
    return value;
  };
}

/** Lower-cases and folds letters to plain Latin where a reader would accept either spelling. */
export function foldText(text: string): string {
  // Plain ASCII (most words of English text) has nothing to fold but case; the backtick becomes an apostrophe below.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  // Turkish/Azerbaijani capital İ lower-cases to "i̇" (i + combining dot): fold it to plain i first.
  // Russian й is a letter of its own (the Snowball stemmer reads endings such as -ий by it), not и
  // with a mark: it is kept through the removal of combining marks.
  const lowered = text.replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase().replace(/й/g, '\u0000');
  return lowered
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\u0000/g, 'й')
    .replace(/[’`´ʼ]/g, "'")
    .replace(/[əığşçöüßё]/g, (ch) => LETTER_FOLDS[ch] ?? ch);
}

// A word: letters/digits, joined by inner hyphens or apostrophes ("Byung-soo", "KOICA-nın",
// "Korea's"), numbers keep their decimal/thousands marks ("10,000").
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*(?:[-‐‑'’ʼ][\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*)*/gu;

/** Splits text into word tokens (letters and digits of any script), keeping their original form. */
export function tokenizeWords(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/**
 * tokenizeWords of a text that recurs across questions (a passage's sentence), remembered: sentence
 * scoring, the matching of its terms and the near-duplicate checks all read the same sentences.
 * Never change the array.
 */
export const recurringTextTokens: (text: string) => readonly string[] = memoized(tokenizeWords, SENTENCE_MEMO_LIMIT);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** An upper-case letter followed by a lower-case one (ASCII decided without the Unicode expression). */
export function startsCapitalised(token: string): boolean {
  const first = token.charCodeAt(0);
  const second = token.charCodeAt(1);
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
  return CAPITALISED.test(token);
}

/** Text as a chat types Azerbaijani without its letters: folded, with ə as e ("hediyye" for "hədiyyə", "ticaret" for "ticarət"). */
export function foldAsTyped(text: string): string {
  return foldText(text.replace(/ə/gu, 'e').replace(/Ə/gu, 'E'));
}

/** Whether two strings are at most one insertion, deletion or substitution apart (UTF-16 units). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  const shorter = Math.min(la, lb);
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    for (let j = i + 1; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
    return true;
  }
  const [short, long] = la < lb ? [a, b] : [b, a];
  for (let j = i; j < short.length; j++) if (short.charCodeAt(j) !== long.charCodeAt(j + 1)) return false;
  return true;
}
