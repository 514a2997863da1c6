import { memoized } from './corpus/fold.ts';
import { splitSentences } from './corpus/sentences.ts';
import { AppError } from './errors.ts';

/** Characters that never belong in a question: C0/C1 controls other than tab and newlines, and bidi overrides. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Validates a question once, before any retrieval: collapses white space, refuses empty,
 * over-long and control-character input with QUESTION_INVALID and a reason a person can act on.
 */
export function normalizeQuestion(text: string, maxChars: number): string {
  const question = text.replace(/\s+/gu, ' ').trim();
  if (question.length === 0) {
    throw new AppError('QUESTION_INVALID', 'The question is empty. Ask something, e.g. "Who is the Korean ambassador to Azerbaijan?"', { reason: 'empty' });
  }
  if (question.length > maxChars) {
    throw new AppError('QUESTION_INVALID', `The question is ${question.length} characters long; the limit is ${maxChars}. Ask a shorter question.`, {
      reason: 'too_long',
      length: question.length,
      maxChars,
    });
  }
  const forbidden = FORBIDDEN.exec(question);
  if (forbidden) {
    const codePoint = forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new AppError('QUESTION_INVALID', `The question contains a control character (U+${codePoint}). Remove it and ask again.`, {
      reason: 'control_character',
      codePoint,
    });
  }
  if (!/[\p{L}\p{N}]/u.test(question)) {
    throw new AppError('QUESTION_INVALID', 'The question has no words in it. Ask something in words.', { reason: 'no_words' });
  }
  return question;
}

/**
 * Whether a question asks beyond what it was already told: "who else was there?", "what other
 * agreements?", "кто ещё?", "а кроме него?", "başqa kim?", "또 누가?", "다른 사람은?".
 */
export function asksBeyond(question: string): boolean {
  return /\b(?:else|other|others|another|besides)\b|(?:^|[^\p{L}])(?:ещ[её]|кроме|друг(?:ой|ая|ое|ие|их|им)|başqa|basqa|digər|diger)(?![\p{L}])|또|다른|외에|그\s*외/iu.test(question);
}

/** A question word of the four languages (Azerbaijani also as typed without its letters). */
const QUESTION_WORD = new RegExp(
  [
    '(?:^|[^\\p{L}])(?:who|whom|whose|what|whats|when|where|which|why|how',
    'kim|kimi|kimə|kime|kimin|kimdir|nə|ne|nəyi|neyi|nəyə|neye|nədən|neden|nədir|nedir|niyə|niye|necə|nece|neçə|harada|hara|haradan|hansı|hansi|haçan|hacan',
    'кто|кого|кому|кем|что|чего|чем|когда|где|куда|откуда|как\\p{L}*|котор\\p{L}+|сколько|почему|зачем|чей|чья|чьё|чьи)(?![\\p{L}])',
    '누구|누가|무엇|뭐|뭘|무슨|언제|어디|어느|몇|얼마|왜|어떻게|어떤',
  ].join('|'),
  'iu',
);

/**
 * A question after sentences that set it up ("I was reading about the festival in Baku. Who
 * organised it?"): the sentences before the last one with a question mark; without any, before
 * the last one with a question word ("... How many people work at SK Group"); the sentences after
 * the question when it comes first and they ask nothing ("Who is X? He spoke in Baku"); nothing
 * when the text is one sentence or no sentence asks.
 */
export function questionParts(question: string): { context: string; asking: string } {
  return isOneSentence(question) ? { context: '', asking: question } : partsOfSentences(question);
}

/**
 * Text the sentence splitter cannot cut: no sentence terminator nor line break before a closing
 * run of terminators and closing quotes or brackets. Intl.Segmenter follows Unicode's sentence
 * rules, where a break needs a terminator or a paragraph separator before it, and terminators and
 * closing marks right after a terminator stay with it; the splitter's own cuts need a terminator
 * too. Most questions are one sentence, and the segmenter is the dearest part of reading them.
 */
const ONE_SENTENCE = /^[^.\u2024\uFE52\uFF0E\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]*[.!?。！？)\]"'”’»]*$/u;

/** Whether splitSentences would find at most one sentence in `text`, told without splitting it (see ONE_SENTENCE); false when it cannot tell. */
export function isOneSentence(text: string): boolean {
  return ONE_SENTENCE.test(text);
}

/** questionParts of a text of several sentences, or one the splitter reads as one; remembered, as a question is read by retrieval and by composition. */
const partsOfSentences = memoized((question: string): { context: string; asking: string } => {
  // The corpus's sentence splitter: "amb. kang" is no sentence end.
  const sentences = splitSentences(question).map((s) => s.text);
  if (sentences.length <= 1) return { context: '', asking: question };
  // The last sentence with a question mark, else with a question word; without either, what asks
  // is not told apart ("I read the news. Tell me about Park"), and the whole text is the question.
  const lastWhere = (asks: (sentence: string) => boolean) => sentences.reduce((found, sentence, i) => (asks(sentence) ? i : found), -1);
  let last = lastWhere((sentence) => sentence.includes('?'));
  if (last < 0) last = lastWhere((sentence) => QUESTION_WORD.test(sentence));
  if (last < 0) return { context: '', asking: question };
  // "Who is Famil Qarayev? He spoke when the Busan train was met": a remark after the question sets it up too.
  if (last === 0) return sentences.slice(1).some((sentence) => QUESTION_WORD.test(sentence)) ? { context: '', asking: question } : { context: sentences.slice(1).join(' '), asking: sentences[0]! };
  return { context: sentences.slice(0, last).join(' '), asking: sentences.slice(last).join(' ') };
}, 1024);
