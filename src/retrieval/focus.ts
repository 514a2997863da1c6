/**
 * The focus of a question: the thing it asks about ("What is the GDP ...", "Which newspapers ...",
 * "... say about the Olympic Games"), read from its words (see evidence.ts analyseQuestion). If no
 * retrieved passage mentions it, the sources do not cover the question, however many of its other
 * words they share.
 */
import { koreanStem } from '../corpus/korean.ts';
import { PARTY_CONCEPTS } from '../corpus/lexicon.ts';
import { russianCaseForms } from '../corpus/russian-forms.ts';
import { foldText } from '../corpus/terms.ts';
import type { AnalyzedWord } from '../corpus/terms.ts';

/** A set of words as foldText writes them, to compare with folded tokens. */
function foldedSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).map((w) => foldText(w)));
}

/** Words that open the asked-about phrase; the focus is the first content word after them. */
const FOCUS_OPENERS = foldedSet('what which how about regarding hansı neçə сколько какой какая какие каких каком о об');
/** Question words that count: the words after them name the counted thing. */
const COUNTING_OPENERS = foldedSet('neçə сколько скольких скока');
/** Postpositions whose focus is the content word before them ("X haqqında"). */
const FOCUS_POSTPOSITIONS = foldedSet('haqqında barədə');
/**
 * Nouns that, right after a question word, name the kind of answer rather than the topic
 * ("which year", "what city", "how long"): neither focus nor evidence.
 */
const ANSWER_KIND_NOUNS = withRussianForms(
  foldedSet(
    'year years date dates day days month time times city cities country countries place places town name kind type way number amount long far often ' +
      'money sum percentage percent ' +
      'il ildir illik ilin ildə tarix tarixdə gün ay vaxt dəfə şəhər şəhərdə ölkə ölkədə yer məbləğ pul faiz ad adı adla adını adda ' +
      'год годы году года лет дата день дни число город страна место сумма деньги денег процент процентов название имя именем',
  ),
);

/**
 * Words that ask someone's office wherever they stand ("what was his post", "hansı vəzifəni
 * tutur", "какую должность занимает"): news writes the office itself, not these words. Neither
 * focus nor evidence (Korean 직함, 직책, 직위 are below).
 */
const OFFICE_NOUNS = withRussianForms(foldedSet('post position title vəzifə vəzifəni vəzifədə vəzifədədir vəzifəsi vezife vezifeni vezifede vezifededir vezifesi должность'));

/**
 * Korean names the kind of answer before the question word ("날짜가 언제야", "이름이 뭐야", "금액은
 * 얼마"): such a noun, by its stem, right before a question word is neither focus nor evidence.
 */
const KOREAN_ANSWER_KIND_NOUNS = new Set(['날짜', '일자', '이름', '명칭', '금액', '액수', '총액', '장소', '도시', '나라', '국가', '연도', '년도', '시기', '시점', '숫자', '나이', '직함', '직책', '직위']);
const KOREAN_QUESTION_WORD = /^(?:언제|뭐|뭔|무엇|얼마|어디|어느|몇|누구|며칠)/u;

/** The set with the case forms of its Russian nouns ("даты", "дату" of "дата"): Russian declines what it asks for. */
function withRussianForms(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words, ...[...words].flatMap((word) => russianCaseForms(word))]);
}

/**
 * Category nouns after a question word ("which agency", "what organization"): the answer is a
 * name of that category, which the text seldom calls by the category word. Evidence, not focus.
 */
const CATEGORY_NOUNS = foldedSet(
  'agency agencies organization organizations organisation organisations company companies outlet outlets source sources institution institutions ' +
    'agentlik qurum təşkilat şirkət агентство организация компания',
);

/**
 * The count of the parties of every bilateral story ("the two countries", "iki ölkə", "обе
 * стороны", "두 나라"), not a number the articles write. Neither focus nor evidence.
 */
const BOTH = foldedSet('2 two both iki hər два две оба обе 두');

/** Counts between a question word and its noun ("what are the two deals", "hansı iki saziş"): the noun is the focus. */
const QUANTIFIERS = foldedSet('two three four five both all iki üç dörd beş hər hamısı два две три четыре пять оба обе все 두 세 네 다섯 모든');

export interface QuestionToken {
  folded: string;
  words: AnalyzedWord[];
}

/** Indexes of the focus tokens, and of answer-kind nouns that follow a question word. */
export function focusIndexes(tokens: readonly QuestionToken[]): { focus: number[]; answerKind: number[] } {
  const focus: number[] = [];
  const answerKind: number[] = [];
  const isContent = (i: number) => tokens[i]!.words.length > 0 || ANSWER_KIND_NOUNS.has(tokens[i]!.folded);
  const take = (i: number) => {
    if (i < 0 || i >= tokens.length) return;
    if (ANSWER_KIND_NOUNS.has(tokens[i]!.folded)) answerKind.push(i);
    else if (!CATEGORY_NOUNS.has(tokens[i]!.folded)) focus.push(i);
  };
  tokens.forEach((token, i) => {
    if (OFFICE_NOUNS.has(token.folded)) answerKind.push(i);
    if (BOTH.has(token.folded) && tokens[i + 1]?.words.some((w) => w.terms.some((t) => PARTY_CONCEPTS.has(t)))) answerKind.push(i);
    if (KOREAN_ANSWER_KIND_NOUNS.has(koreanStem(token.folded)) && KOREAN_QUESTION_WORD.test(tokens[i + 1]?.folded ?? '')) answerKind.push(i);
    let j = i;
    // What a count asks for ("how many kids", "сколько посетителей") is written as the article counts it ("164 athletes"): no focus.
    if (COUNTING_OPENERS.has(token.folded) || (token.folded === 'how' && tokens[i + 1]?.folded === 'many')) return;
    if (FOCUS_OPENERS.has(token.folded)) {
      do j++;
      while (j < tokens.length && (!isContent(j) || QUANTIFIERS.has(tokens[j]!.folded) || /^\p{N}+$/u.test(tokens[j]!.folded)));
      // Asked last ("А зарплата у него какая?"), the question word follows what it asks about.
      if (j >= tokens.length) {
        j = i;
        do j--;
        while (j >= 0 && !isContent(j));
      }
      take(j);
    } else if (FOCUS_POSTPOSITIONS.has(token.folded)) {
      do j--;
      while (j >= 0 && !isContent(j));
      take(j);
    }
  });
  return { focus, answerKind };
}
