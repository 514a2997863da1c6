/**
 * Two-word names of one thing that other languages write as one word: "North Korea", "Şimali
 * Koreya", "Северная Корея" are 북한 and КНДР. Read word by word, "north" and "Korea" say
 * something else (the north, Korea); the pair also stands for the one word the lexicon knows.
 */
const TWO_WORD_NAMES: readonly { first: RegExp; second: RegExp; word: string }[] = [
  { first: /^(?:north|şimali|simali|северн\p{L}*)$/iu, second: /^(?:korea\p{L}*|koreya\p{L}*|коре\p{L}*)$/iu, word: 'КНДР' },
];

/** The one word that tokens i and i + 1 stand for together, if they are such a name. */
function twoWordNameAt(tokens: readonly string[], i: number): string | undefined {
  const [first, second] = [tokens[i], tokens[i + 1]];
  if (first === undefined || second === undefined) return undefined;
  return TWO_WORD_NAMES.find((name) => name.first.test(first) && name.second.test(second))?.word;
}

/** A text's extra index tokens: the one word of each two-word name it writes. */
export function twoWordNameTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = twoWordNameAt(tokens, i);
    if (word !== undefined) out.push(word);
  }
  return out;
}

/** A question's tokens with each two-word name read as its one word ("who did the north korean pair beat" asks about КНДР). */
export function joinTwoWordNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = twoWordNameAt(tokens, i);
    if (word === undefined) out.push(tokens[i]!);
    else {
      out.push(word);
      i++;
    }
  }
  return out;
}
