import { AppError } from '../errors.ts';
import { splitSentences } from './sentences.ts';
import type { Chunk, Sentence, SourceDocument, TokenCounter } from './types.ts';

/**
 * Packs a document's sentences into passages that fit the embedder's token budget. Every size
 * is measured on the exact passage text with `countTokens` (tokenizers are not additive: joining
 * two texts can merge or split pieces), so no chunk ever exceeds the budget.
 */

export interface ChunkOptions {
  countTokens: TokenCounter;
  /** Largest countTokens(chunk.text) allowed. */
  maxTokens: number;
  /** Sentences repeated at the start of the next chunk, when the budget allows. */
  overlapSentences: number;
  /** Longest chunk text in characters, whatever countTokens says (default MAX_PASSAGE_CHARS). */
  maxChars?: number;
}

/**
 * A tokenizer can count a megabyte without spaces as one unknown token; this cap keeps every
 * passage (and so every answer sentence and "passage" message) within one Telegram message.
 */
export const MAX_PASSAGE_CHARS = 3000;

function span(text: string, start: number, end: number): Sentence {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The largest n in [0, limit] with fits(n), taking fits(0) as true and fits as mostly monotone.
 * Probes grow geometrically before bisecting, so the work is proportional to the answer rather
 * than to the limit (a sentence of a megabyte is cut into pieces without measuring it whole).
 */
function largestFitting(limit: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = limit;
  for (let step = 1; low < high; step *= 2) {
    const probe = Math.min(high, low + step);
    if (!fits(probe)) {
      high = probe - 1;
      break;
    }
    low = probe;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Cuts a word that alone exceeds the budget into pieces of whole characters (code points). */
function splitWord(text: string, word: Sentence, options: ChunkOptions): Sentence[] {
  const boundaries: number[] = [];
  for (let i = word.start; i < word.end; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) boundaries.push(i);
  boundaries.push(word.end);
  const pieces: Sentence[] = [];
  let first = 0;
  while (first < boundaries.length - 1) {
    const start = boundaries[first]!;
    const count = largestFitting(boundaries.length - 1 - first, (n) => options.countTokens(text.slice(start, boundaries[first + n])) <= options.maxTokens);
    if (count === 0) {
      throw new AppError('INPUT_TOO_LONG', `A chunk budget of ${options.maxTokens} tokens cannot hold even one character; raise CHUNK_MAX_TOKENS.`, {
        maxTokens: options.maxTokens,
      });
    }
    pieces.push(span(text, start, boundaries[first + count]!));
    first += count;
  }
  return pieces;
}

/**
 * A sentence that fits is returned as is; a longer one is cut at word boundaries into pieces
 * that each fit, and nothing is dropped (the pieces cover every word of the sentence).
 */
function fitSentence(text: string, sentence: Sentence, options: ChunkOptions): Sentence[] {
  if (options.countTokens(sentence.text) <= options.maxTokens) return [sentence];
  const words = [...sentence.text.matchAll(/\S+/gu)].map((m) => span(text, sentence.start + m.index, sentence.start + m.index + m[0].length));
  const pieces: Sentence[] = [];
  let first = 0;
  while (first < words.length) {
    const start = words[first]!.start;
    const count = largestFitting(words.length - first, (n) => options.countTokens(text.slice(start, words[first + n - 1]!.end)) <= options.maxTokens);
    if (count === 0) {
      pieces.push(...splitWord(text, words[first]!, options));
      first += 1;
    } else {
      pieces.push(span(text, start, words[first + count - 1]!.end));
      first += count;
    }
  }
  return pieces;
}

/** Splits a document into chunks of whole sentences (or pieces of over-long ones) within budget. */
export function chunkDocument(doc: SourceDocument, givenOptions: ChunkOptions): Chunk[] {
  const { maxTokens } = givenOptions;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new AppError('CONFIG_INVALID', `Chunk budget must be a positive whole number of tokens (got ${maxTokens}); check CHUNK_MAX_TOKENS.`, { maxTokens });
  }
  const maxChars = Math.max(1, givenOptions.maxChars ?? MAX_PASSAGE_CHARS);
  // A text over the character cap counts as over budget, so every split below honours both
  // limits (and the tokenizer never sees a text longer than the cap).
  const countTokens: TokenCounter = (t) => (t.length > maxChars ? maxTokens + 1 : givenOptions.countTokens(t));
  const options: ChunkOptions = { ...givenOptions, countTokens };
  const text = doc.text;
  const units = splitSentences(text, doc.meta.language).flatMap((sentence) => fitSentence(text, sentence, options));
  if (units.length === 0) return [];

  const passage = (from: number, to: number) => text.slice(units[from]!.start, units[to - 1]!.end);
  const tokensOf = (from: number, to: number) => countTokens(passage(from, to));
  const paragraphBreakBefore = (index: number) => /\n[^\S\n]*\n/u.test(text.slice(units[index - 1]!.end, units[index]!.start));
  const overlap = Math.max(0, Math.floor(options.overlapSentences));

  const chunks: Chunk[] = [];
  const emit = (from: number, to: number, tokenCount: number) => {
    const ordinal = chunks.length;
    const start = units[from]!.start;
    const end = units[to - 1]!.end;
    chunks.push({
      id: `${doc.source}#${ordinal}`,
      source: doc.source,
      ordinal,
      start,
      end,
      text: text.slice(start, end),
      sentences: units.slice(from, to).map((unit) => ({ ...unit })),
      tokenCount,
    });
  };

  let from = 0;
  let to = 1;
  let tokens = tokensOf(from, to);
  for (;;) {
    while (to < units.length) {
      // A paragraph is a natural topic boundary: end here once the chunk is reasonably full.
      if (paragraphBreakBefore(to) && tokens * 2 >= maxTokens) break;
      const extended = tokensOf(from, to + 1);
      if (extended > maxTokens) break;
      tokens = extended;
      to++;
    }
    emit(from, to, tokens);
    if (to >= units.length) break;
    // The next chunk starts with the last sentences of this one, as many as fit with the next sentence.
    let shared = Math.min(overlap, to - from - 1);
    let nextTokens = tokensOf(to - shared, to + 1);
    while (shared > 0 && nextTokens > maxTokens) {
      shared--;
      nextTokens = tokensOf(to - shared, to + 1);
    }
    from = to - shared;
    to += 1;
    tokens = nextTokens;
  }
  return chunks;
}
