/**
 * A token count for when no tokenizer is loaded (lexical-only mode). It must err high: chunks
 * sized with it are later embedded with the real tokenizer, and a chunk that turns out longer
 * than the model's window is silently truncated by the model.
 *
 * Why it errs high for the SentencePiece vocabularies of multilingual models (XLM-R / e5):
 * - every word starts a new piece, so each word costs at least one token here;
 * - plain ASCII letters are charged one token per 3 — real pieces of English text average about
 *   4 letters; a Latin run with letters like ə/ı/ğ/ş is charged one per 2, because vocabularies
 *   learned mostly from other languages cut such words into short pieces around those letters;
 * - Cyrillic letters are charged one per 2.5, Hangul/CJK and any other script one per character
 *   (the worst case: a character SentencePiece has no merge for is a token on its own);
 * - digits one per 2 characters (numbers split into short pieces), every punctuation mark or
 *   symbol one token, and 2 more for the special tokens framing a passage.
 * Checked sentence by sentence on the seed documents against the only tokenizer available offline,
 * an English WordPiece one: English sentences are overestimated by 30% or more; Azerbaijani ones
 * come within 4% of it even though that vocabulary cuts Azerbaijani far finer than the
 * multilingual SentencePiece vocabulary does. The price is chunks smaller than the budget allows.
 */
export function approximateTokenCounter(text: string): number {
  let tokens = 2; // <s> … </s>
  for (const word of text.match(/\S+/gu) ?? []) {
    let wordTokens = 0;
    for (const run of word.match(/\p{Script=Latin}+|\p{Script=Cyrillic}+|\p{N}+|\p{L}+|[^\p{L}\p{N}]/gu) ?? []) {
      if (/^[A-Za-z]+$/u.test(run)) wordTokens += Math.ceil(run.length / 3);
      else if (/^\p{Script=Latin}/u.test(run)) wordTokens += Math.ceil(run.length / 2);
      else if (/^\p{Script=Cyrillic}/u.test(run)) wordTokens += Math.ceil(run.length / 2.5);
      else if (/^\p{N}/u.test(run)) wordTokens += Math.ceil(run.length / 2);
      else wordTokens += [...run].length;
    }
    tokens += Math.max(1, wordTokens) + (/^[\p{L}\p{N}]/u.test(word) ? 0 : 1);
  }
  return tokens;
}

/**
 * The count hybrid ingest sizes passages with, against a budget of `budget` tokens: the approximate
 * count, so passages are cut as in lexical mode, and over the budget whenever the model's own count
 * exceeds its input window `window`. Passage length (CHUNK_MAX_TOKENS) was fitted on answers in
 * lexical mode, in the approximate count's units. Sized by the model's count instead, passages of a
 * tokenizer that cuts words into fewer pieces than the estimate were up to twice as long as lexical
 * mode's, and the development set's answers lost their answering sentence first more often
 * (docs/quality.md, the twelfth round).
 */
export function passageTokenCounter(modelCount: (text: string) => number, window: number, budget: number): (text: string) => number {
  return (text) => {
    const approximate = approximateTokenCounter(text);
    // Over the budget already: the model's tokenizer, the dearer count, need not run.
    if (approximate > budget) return approximate;
    const model = modelCount(text);
    return model > window ? budget + model - window : approximate;
  };
}
