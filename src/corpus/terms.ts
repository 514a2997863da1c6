/**
 * Term analysis shared by the lexical index and answer-sentence selection, so that both see the
 * same words: "Məmmədov" and "Mammadov", "Koreya" and "Koreyanın" must meet.
 * Bump ANALYZER_VERSION whenever the output of any function here changes: stored lexical
 * indexes record it and are rebuilt from the chunk store when it differs.
 */
export const ANALYZER_VERSION = 1;

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ə: 'a', ı: 'i', ğ: 'g', ş: 's', ç: 'c', ö: 'o', ü: 'u', ß: 'ss', ё: 'е',
};

/** Lower-cases and folds letters to plain Latin where a reader would accept either spelling. */
export function foldText(text: string): string {
  // Turkish/Azerbaijani capital İ lower-cases to "i̇" (i + combining dot): fold it to plain i first.
  const lowered = text.replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase();
  return lowered
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[əığşçöüßё]/g, (ch) => LETTER_FOLDS[ch] ?? ch);
}

/** Splits text into word tokens (letters and digits of any script), keeping their original form. */
export function tokenizeWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu) ?? [];
}

/** The index terms of one word token; empty when the token carries no meaning for search. */
export function termsOfToken(token: string): string[] {
  const folded = foldText(token);
  if (folded.length === 0) return [];
  return [folded];
}
