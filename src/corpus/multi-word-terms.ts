import { CONCEPT_PREFIX } from './term-kinds.ts';

/**
 * Runs of words that name one thing together where other languages write one word: "hava limanı"
 * is an airport (공항, аэропорт), "железная дорога" and "dəmir yolu" a railway, "bərpa olunan
 * enerji" renewable energy. Read word by word they say something else (air and port, iron and
 * road, restored), so a question in one language missed the article in another. Each entry's
 * `words` match the run's tokens one by one (any inflection, and Azerbaijani typed without its
 * letters); `next`, when given, is the word that must follow the run without being part of it
 * ("bərpa olunan kəndlər" are villages being restored, not renewable ones).
 */
interface MultiWordTerm {
  words: readonly RegExp[];
  next?: RegExp;
  concept: string;
}

const MULTI_WORD_TERMS: readonly MultiWordTerm[] = [
  { words: [/^hava$/iu, /^liman/iu], concept: 'airport' },
  { words: [/^d[əe]mir$/iu, /^yol\p{L}*$/iu], concept: 'railway' },
  { words: [/^железн\p{L}*$/iu, /^дорог\p{L}*$/iu], concept: 'railway' },
  { words: [/^b[əe]rpa$/iu, /^(?:olunan|edil[əe]n)$/iu], next: /^(?:enerji|m[əe]nb[əe])/iu, concept: 'renewable' },
  { words: [/^детск\p{L}*$/iu, /^сад(?:|а|у|ом|е|ы|ов|ам|ами|ах)$/iu], concept: 'kindergarten' },
  { words: [/^ali$/iu, /^m[əe]kt[əe]b/iu], concept: 'university' },
  { words: [/^prime$/iu, /^ministers?$/iu], concept: 'premier' },
  { words: [/^ba[şs]$/iu, /^nazir/iu], concept: 'premier' },
  { words: [/^real$/iu, /^estate$/iu], concept: 'property' },
  { words: [/^[əe]m[əe]k$/iu, /^haqq/iu], concept: 'salary' },
  { words: [/^y[üu]k$/iu, /^(?:ma[şs][ıi]n|avtomobil)/iu], concept: 'truck' },
  { words: [/^su$/iu, /^anbar/iu], concept: 'reservoir' },
  { words: [/^neft$/iu, /^emal/iu], concept: 'refinery' },
  { words: [/^birg[əe]$/iu, /^m[üu][əe]ssis[əe]/iu], concept: 'venture' },
  { words: [/^совместн\p{L}*$/iu, /^предприяти\p{L}*$/iu], concept: 'venture' },
  { words: [/^ticar[əe]t$/iu, /^m[əe]rk[əe]z/iu], concept: 'shop' },
  { words: [/^торгов\p{L}*$/iu, /^центр\p{L}*$/iu], concept: 'shop' },
  { words: [/^(?:red|q[ıi]rm[ıi]z[ıi]|q[ıi]z[ıi]l)$/iu, /^(?:cross|xa[çc]\p{L}*)$/iu], concept: 'ngo' },
  { words: [/^красн\p{L}*$/iu, /^крест\p{L}*$/iu], concept: 'ngo' },
  { words: [/^i[şs]$/iu, /^yer(?:i|l[əe]ri?|l[əe]rinin|l[əe]rin[əe]|in|in[əe])$/iu], concept: 'jobs' },
  { words: [/^tibb$/iu, /^bac[ıi]/iu], concept: 'nurse' },
  { words: [/^h[əe]mkarlar$/iu, /^ittifaq/iu], concept: 'labour' },
  { words: [/^trade$/iu, /^unions?$/iu], concept: 'labour' },
  { words: [/^вооруж[её]нн\p{L}*$/iu, /^сил(?:ы|ами|ам|ах)?$/iu], concept: 'force' },
  { words: [/^f[öo]vq[əe]lad[əe]$/iu, /^hal/iu], concept: 'emergency' },
  { words: [/^k[üu]tl[əe]vi$/iu, /^informasiya$/iu, /^vasit[əe]/iu], concept: 'media' },
];

/** Any entry's first word: every token of every text is tried, and almost none starts a run. */
const ANY_FIRST_WORD = new RegExp(MULTI_WORD_TERMS.map((term) => `(?:${term.words[0]!.source})`).join('|'), 'iu');

/** Azerbaijani's dotted capital İ has no one-letter lower case in JavaScript's case folding. */
const matches = (pattern: RegExp, token: string | undefined): boolean => token !== undefined && pattern.test(token.includes('İ') ? token.replaceAll('İ', 'i') : token);

/** The entry whose run starts at token i, if any. */
function termAt(tokens: readonly string[], i: number): MultiWordTerm | undefined {
  if (!matches(ANY_FIRST_WORD, tokens[i])) return undefined;
  return MULTI_WORD_TERMS.find((term) => term.words.every((word, j) => matches(word, tokens[i + j])) && (term.next === undefined || matches(term.next, tokens[i + term.words.length])));
}

/** A text's extra index tokens: the concept term of each run it writes (the token is its own term). */
export function multiWordTermTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = termAt(tokens, i);
    if (term !== undefined) out.push(CONCEPT_PREFIX + term.concept);
  }
  return out;
}

/** For each token of a question, the concept terms of the runs it stands in (empty for most). */
export function multiWordConceptsByToken(tokens: readonly string[]): string[][] {
  const concepts = tokens.map((): string[] => []);
  for (let i = 0; i < tokens.length; i++) {
    const term = termAt(tokens, i);
    if (term !== undefined) for (let j = 0; j < term.words.length; j++) concepts[i + j]!.push(CONCEPT_PREFIX + term.concept);
  }
  return concepts;
}
