/**
 * Builds the WordPiece vocabulary of the tiny test model from real text, so that the seed corpus
 * tokenizes into whole words (a bag-of-words model needs words, not characters), and any other
 * text still tokenizes into single-character pieces instead of a flood of [UNK].
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** Words questions and glue text use, in English and Azerbaijani; also the e5/bge prefixes' words. */
export const FUNCTION_WORDS: readonly string[] = [
  // English question words and glue
  'what', 'when', 'where', 'who', 'whom', 'whose', 'why', 'which', 'how', 'many', 'much', 'is', 'are', 'was',
  'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'the', 'a',
  'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'not', 'no', 'it', 'its', 'this',
  'that', 'these', 'those', 'there', 'about', 'between', 'as', 'than', 'into', 'over', 'tell', 'me', 'please',
  // Azerbaijani glue and question words (accent-stripped as the normalizer does; ə and ı stay)
  'və', 'ilə', 'bu', 'o', 'da', 'də', 'ki', 'üçün', 'ucun', 'nə', 'ne', 'kim', 'harada', 'niyə', 'niye', 'necə',
  'nece', 'hansı', 'hansi', 'nəyə', 'neye', 'zaman', 'isə', 'ise', 'olub', 'edib', 'arasında', 'arasinda', 'ölkə',
  'olke',
  // model prefixes
  'query', 'passage', 'represent', 'sentence', 'searching', 'relevant', 'passages',
];

/** Lowercase and strip accents the way BertNormalizer does (ə and ı have no decomposition and stay). */
export function normalizeLikeBert(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
}

// Same split as transformers.js BertPreTokenizer: runs of non-space non-punctuation, or one punctuation mark.
const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const PRE_TOKEN = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, 'gu');

export function preTokenize(text: string): string[] {
  return normalizeLikeBert(text).match(PRE_TOKEN) ?? [];
}

const WHOLE_WORD_MAX_CHARS = 14;
const PIECE_CHARS = 8;

/**
 * Special tokens first (fixed ids), then single characters and their "##" continuations for every
 * character seen plus a-z/0-9, then whole words (long words as ~8-character pieces, the way
 * WordPiece will match them greedily).
 */
export function buildVocabulary(text: string): string[] {
  const tokens = new Set<string>(SPECIAL_TOKENS);
  const words = [...preTokenize(text), ...FUNCTION_WORDS.map(normalizeLikeBert)];

  const characters = new Set<string>('abcdefghijklmnopqrstuvwxyz0123456789.,;:!?\'"()-'.split(''));
  for (const word of words) for (const char of word) characters.add(char);
  for (const char of [...characters].sort()) {
    tokens.add(char);
    tokens.add(`##${char}`);
  }

  for (const word of words) {
    const chars = [...word];
    if (chars.length <= WHOLE_WORD_MAX_CHARS) {
      tokens.add(word);
      continue;
    }
    for (let start = 0; start < chars.length; start += PIECE_CHARS) {
      const piece = chars.slice(start, start + PIECE_CHARS).join('');
      tokens.add(start === 0 ? piece : `##${piece}`);
    }
  }
  return [...tokens];
}
