import { hangulBigrams, isHangul, koreanStem, romanizedNameForms } from './korean.ts';
import { LEXICON_LINES } from './lexicon.ts';
import { englishStem, russianStem } from './stemmers.ts';

/**
 * Term analysis shared by the lexical index and answer-sentence selection, so that both see the
 * same words: "Məmmədov" and "Mammadov", "Koreya" and "Koreyanın", "Byonq-su" and "Byung-soo",
 * "importers" and "idxalatçılar" must meet.
 *
 * One word token gives several terms, each in its own namespace so that a scorer can weigh
 * an exact match above a variant match:
 *   - plain terms (no prefix): the folded word and its light stems (English plural/possessive
 *     and verb endings, Azerbaijani case/possessive/plural suffixes, Russian case endings);
 *   - CONCEPT_PREFIX + id: the entry of a small general bilingual lexicon (en/az/ru/ko news and
 *     diplomacy words, months) the word belongs to;
 *   - SOUND_PREFIX + key: a transliteration-tolerant phonetic key, only for name-like tokens
 *     (capitalised or hyphenated names), so spellings of one name across alphabets meet;
 *   - ACRONYM_PREFIX + letters: initials of a run of capitalised words ("United Nations" → un),
 *     and every all-capital token, so "UN" can find "United Nations".
 * Bump ANALYZER_VERSION whenever the output of any function here changes: stored lexical
 * indexes record it and are rebuilt from the chunk store when it differs.
 */
export const ANALYZER_VERSION = 9;

export const CONCEPT_PREFIX = '=';
export const SOUND_PREFIX = '~';
export const ACRONYM_PREFIX = '^';
/** Character bigrams of Hangul words (see corpus/korean.ts); a word's bigrams count together, by the share that match. */
export const GRAM_PREFIX = '%';

export type TermKind = 'word' | 'concept' | 'sound' | 'acronym' | 'gram';

export function termKind(term: string): TermKind {
  switch (term[0]) {
    case CONCEPT_PREFIX:
      return 'concept';
    case SOUND_PREFIX:
      return 'sound';
    case ACRONYM_PREFIX:
      return 'acronym';
    case GRAM_PREFIX:
      return 'gram';
    default:
      return 'word';
  }
}

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ə: 'a', ı: 'i', ğ: 'g', ş: 's', ç: 'c', ö: 'o', ü: 'u', ß: 'ss', ё: 'е',
};

const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Entries a memo of this file holds before it starts afresh. */
const MEMO_LIMIT = 65_536;

/**
 * A pure function of a string (never returning undefined), remembered: the memo starts afresh
 * when it holds MEMO_LIMIT entries rather than tracking use, which keeps lookups cheap. Filled on
 * use, not at import.
 */
function memoized<T extends NonNullable<unknown> | null>(compute: (key: string) => T): (key: string) => T {
  let memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo = new Map();
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

// ---------------------------------------------------------------------------------------------
// Stop words: function words and question words of the four languages. They carry no evidence
// for retrieval or abstention (question words are read separately by answer-type detection).

const STOP_WORDS = new Set(
  [
    // English
    'a an the and or but nor of to in on at by for from with without within into onto about above after against along',
    'among around as before behind below between beyond during except inside near off out over since than through',
    'till until up upon via per is am are was were be been being do does did doing done have has had having will would',
    'shall should can could might must it its it\'s this that these those there here he him his she her hers they them',
    'their theirs we us our ours you your yours i me my mine who whom whose which what when where why how whether',
    'not no yes so also too very just only any some all each every both either neither other others such same own',
    'then thus there\'s what\'s who\'s s t get got according tell say said much many more most',
    // Azerbaijani
    'va ve ile ila bu o bir da de ki ucun isa kimi na neca niya hansi hansilar harada hara haradan haca hacan vaxt kiminla',
    'olan olub olur olaraq edib edir etdi etmis edilib edilir kim kimdir kimin kima kimla kimi nadir nayi nadan',
    'uzra an daha cox ham hamcinin amma lakin ya yaxud ancaq artiq har butun ozu onun onlar onlarin biz siz man san',
    'var yox deyil mi mi mu qadar nece necadir hansidir harda olunub olunur sonra avval kimlar arasinda haqqinda barada dair gora',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня',
    'еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там',
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже',
    'себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее',
    'сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас',
    'про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой',
    'им более всегда конечно всю между сколько чей чья какие каким является являются являлся',
    'какую какому каком какими каких какое какого какой который которая которое которые которого которой котором которую',
    'чье чьи чьему чьей чьим чьих кого кому кем ком свой своей своего словам слова должен должна должны был была были',
    // Chat shorthand of English questions
    'r u ur rn pls plz thx ya wat wut whats whos hows wheres',
    // Korean particles, question words and the most common verbs and nouns of grammar ("하다",
    // "있다", "것"), compared by their stems (corpus/korean.ts strips the ending first)
    '누가 누구 언제 어디 어디서 무엇 무슨 어떤 몇 얼마나 왜 어떻게 은 는 이 가 을 를 의 에 에서 와 과 도',
    '뭐 뭐야 뭔가 뭔지 무엇인가 어디야 어딘가 어디에 어디를 어느 누군가 얼마 얼마야 며칠 몇몇 정도 대략 약',
    '했어 했나 했지 했다 했음 한다 하는 하고 하다 한 할 된 되는 되었다 됐어 됐다 있는 있다 있어 있었다 없다 없는',
    '그 그리고 또 또는 및 등 것 거 수 때 대해 대한 관련 위해 통해 따르면 따라 라고 이라고 했는데 나온 말한',
  ]
    .join(' ')
    .split(/\s+/)
    // Compared with folded words: "такой" folds to "такои", "üçün" to "ucun".
    .map((word) => foldText(word)),
);

// Stop words that are also common (Korean) surnames: kept when capitalised ("Kim Jin-pyo",
// "So Byonq-su"). Every other capitalised stop word is a sentence start ("Who", "Which").
const SURNAME_STOP_WORDS = new Set(['kim', 'so', 'an', 'ha', 'do', 'na']);

/** Whether a folded word is a function or question word that carries no evidence. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

// ---------------------------------------------------------------------------------------------
// Light stemming. Conservative: a stem keeps at least MIN_STEM letters, and the folded word is
// always a term too, so a wrong stem costs a little precision, never the exact match.

const MIN_STEM = 3;
/** The shortest stem kept for a capitalised word that is no lexicon word (see partTerms). */
const NAME_MIN_STEM = 5;

// Azerbaijani inflectional suffixes in folded spelling (ə→a, ı→i, ü→u, ö→o), longest first.
// Stripped repeatedly from the end: "assosiasiyasinin" → assosiasiyasi → assosiasiya → ...
const AZ_SUFFIXES = [
  'larindan', 'larinda', 'larinin', 'larina', 'larini', 'lardan', 'larda', 'larin', 'lari', 'lar',
  'sindan', 'sinda', 'sinin', 'sina', 'sini', 'sunun', 'suna', 'sunu',
  'nin', 'nun', 'dan', 'tan', 'daki', 'da', 'ta', 'na', 'ni', 'nu', 'ya', 'yi', 'yu',
  'in', 'un', 'si', 'su', 'dir', 'dur', 'tir', 'tur', 'ib', 'ub', 'mis', 'mus', 'ci', 'cu', 'di', 'du', 'ti', 'tu', 'an', 'la',
  'a', 'i', 'u',
];

/** AZ_SUFFIXES grouped by their last letter, in the same order: a word's last letter picks the few that can match. */
const AZ_SUFFIXES_BY_LAST_LETTER: ReadonlyMap<string, readonly string[]> = AZ_SUFFIXES.reduce(
  (groups, suffix) => groups.set(suffix.at(-1)!, [...(groups.get(suffix.at(-1)!) ?? []), suffix]),
  new Map<string, string[]>(),
);

/**
 * Every stem reachable by stripping up to four suffixes. All matching suffixes are tried, not
 * just the longest: "parlamentinin" → parlamenti → parlament (-i) and parlamen (-ti) both come
 * out, and the right one meets the bare word.
 */
function azerbaijaniStems(word: string, rounds = 4): string[] {
  const stems = new Set<string>();
  let frontier = [word];
  for (let round = 0; round < rounds && frontier.length > 0; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const suffix of AZ_SUFFIXES_BY_LAST_LETTER.get(w[w.length - 1]!) ?? []) {
        if (!w.endsWith(suffix) || w.length - suffix.length < MIN_STEM) continue;
        const stem = w.slice(0, -suffix.length);
        const found = [stem];
        // A final k/q turns into y/ğ before a vowel ending: agentlik → agentliyi, bazarlıq → bazarlığı.
        if (suffix.startsWith('y')) found.push(`${stem}k`);
        else if (stem.endsWith('y')) found.push(`${stem.slice(0, -1)}k`);
        else if (stem.endsWith('g')) found.push(`${stem.slice(0, -1)}q`, `${stem.slice(0, -1)}k`);
        for (const f of found) {
          if (!stems.has(f)) {
            stems.add(f);
            next.push(f);
          }
        }
      }
    }
    frontier = next;
  }
  return [...stems];
}

/** Stems of one folded word (without the word itself), by the script it is written in. */
export function stemsOf(folded: string): string[] {
  if (/\p{Script=Cyrillic}/u.test(folded)) return [russianStem(folded)];
  if (isHangul(folded)) return [koreanStem(folded)];
  if (/^\p{N}/u.test(folded)) return [];
  return [englishStem(folded.replace(/'s?$/, '')), ...azerbaijaniStems(folded)];
}

// ---------------------------------------------------------------------------------------------
/** The month number (1–12) of each month concept id, for date recognition. */
export const MONTH_CONCEPTS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (m, i) => [CONCEPT_PREFIX + m, i + 1],
  ),
);

let lexicon: Map<string, string> | undefined;

/** Folded word forms (and their stems) → concept id; built on first use, not at import. */
function lexiconMap(): Map<string, string> {
  if (lexicon !== undefined) return lexicon;
  const map = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const line of LEXICON_LINES) {
    const words = line.split(/\s+/);
    const id = words[0]!;
    for (const word of words) {
      const folded = foldText(word);
      // Exact forms win over stems of other entries.
      map.set(folded, id);
      // A stem of three letters belongs to too many words to name a concept ("sah" of sahələr, fields; of Sahiba).
      for (const stem of stemsOf(folded)) if (stem.length >= 4 && !forms.has(stem)) forms.set(stem, id);
    }
  }
  for (const [stem, id] of forms) if (!map.has(stem)) map.set(stem, id);
  lexicon = map;
  return map;
}

/** The concept a folded word's stems name (null: none): stemming costs more than remembering. */
const conceptThroughStems = memoized((folded) => conceptOfStems(lexiconMap(), stemsOf(folded)) ?? null);

/** The lexicon concept of a folded word, trying the word and then its stems (stemsOf, passed when already known). */
export function conceptOf(folded: string, stems?: readonly string[]): string | undefined {
  const map = lexiconMap();
  const direct = map.get(folded);
  if (direct !== undefined) return direct;
  if (stems !== undefined) return conceptOfStems(map, stems);
  return conceptThroughStems(folded) ?? undefined;
}

function conceptOfStems(map: ReadonlyMap<string, string>, stems: readonly string[]): string | undefined {
  for (const stem of stems) {
    const id = map.get(stem);
    if (id !== undefined) return id;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Phonetic key for names: consonant classes that transliteration confuses are merged
// (b/p, d/t, g/k/q, c/j/ç/ch, s/ş/sh/z, l/r, v/w), h/x/kh are dropped, every run of vowels
// (and the glide y) becomes one "a", and doubled letters collapse. So Məmmədov, Mammadov and
// Mamedov give "mamatab"; Byonq and Byung give "bank"; Cin-pyo and Jin-pyo meet.

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const SOUND_CLASSES: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', d: 't', t: 't', g: 'k', k: 'k', q: 'k', c: 'j', j: 'j', s: 's', z: 's', l: 'l', r: 'l',
  // Korean has no v or f: "Aliyev" is 알리예프 (alliyepeu), "Hasanov" 하사노프.
  v: 'b', w: 'b', f: 'b', m: 'm', n: 'n',
};

/** Phonetic key of one folded Latin or Cyrillic word; empty when it has no letters. */
export function soundKey(folded: string): string {
  const latin = folded
    // Russian writes j as дж ("Джин" for Jin) and Korean aspirates with х ("Пхё" for Pyo).
    .replace(/дж/g, 'j')
    .replace(/([пткч])х/g, '$1')
    .replace(/[а-яёй]/g, (ch) => CYRILLIC_TO_LATIN[ch] ?? ch)
    .replace(/kh/g, 'h')
    .replace(/(ch|sh|zh)/g, (m) => (m === 'sh' ? 's' : 'j'))
    .replace(/ph/g, 'f')
    // Korean names: "ng" is written ng, nq (Azerbaijani) or н (Russian: Бён for Byeong), and r
    // before a consonant is dropped in Russian and in older romanizations (Пак for Park).
    .replace(/n[gq]/g, 'n')
    .replace(/r(?=[^aeiouy]|$)/g, '');
  let key = '';
  for (const ch of latin) {
    let mapped: string;
    if ('aeiouy'.includes(ch)) mapped = 'a';
    else if (ch === 'h' || ch === 'x' || ch === "'") mapped = '';
    else mapped = SOUND_CLASSES[ch] ?? '';
    if (mapped !== '' && !key.endsWith(mapped)) key += mapped;
  }
  return key;
}

// ---------------------------------------------------------------------------------------------
// Token analysis.

const NUMBER_GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/** Whether a token is written like a name: capitalised, not all capitals, letters only. */
function looksLikeName(token: string): boolean {
  return startsCapitalised(token);
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** An upper-case letter followed by a lower-case one (ASCII decided without the Unicode expression). */
function startsCapitalised(token: string): boolean {
  const first = token.charCodeAt(0);
  const second = token.charCodeAt(1);
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
  return CAPITALISED.test(token);
}

function isAcronym(token: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token);
}

// Case endings written after a hyphen or apostrophe ("KOICA-nın", "Bakı'da", "Korea's").
// Possessive -si/-su and -ci/-cu are left out on purpose: they are also syllables of
// hyphenated Korean given names ("Byonq-su", "Yonq-cu"); they count as endings after numbers.
const JOINED_ENDINGS = new Set([
  'nin', 'nun', 'in', 'un', 'da', 'dan', 'ta', 'tan', 'a', 'ya', 'na', 'ni', 'nu', 'i', 'u', 'yi', 'yu', 'la', 'lar', 'lari',
  's', 't', 'th', 'st', 'nd', 'rd', 'ye', 'yе',
]);
const NUMBER_ENDINGS = /^(ci|cu|inci|uncu|nci|ncu|ilik|luk|lik|illik)$/;

/** Splits a joined token into its parts, dropping suffix parts ("KOICA-nın" → KOICA). */
function tokenParts(token: string): string[] {
  const parts = token.split(/[-‐‑'’ʼ]/).filter((p) => p.length > 0);
  if (parts.length <= 1) return parts;
  const numeric = /^\p{N}/u.test(parts[0]!);
  const kept = [parts[0]!];
  for (const part of parts.slice(1)) {
    const folded = foldText(part);
    const isEnding = /^\p{Ll}/u.test(part) && (JOINED_ENDINGS.has(folded) || (numeric && NUMBER_ENDINGS.test(folded)));
    if (!isEnding) kept.push(part);
  }
  return kept;
}

/** A key with fewer than two consonants ("Hello" → "ala") would match too many names. */
function isDistinctiveKey(key: string): boolean {
  return key.replace(/a/g, '').length >= 2;
}

/** Terms of one word part (no hyphens), given whether it belongs to a name-like token. */
function partTerms(part: string, nameLike: boolean, terms: Set<string>): void {
  let folded = foldText(part);
  // A lone letter ("E." of an initial) says nothing; a lone digit may be the answer.
  if (folded.length === 0 || (folded.length === 1 && !/\p{N}/u.test(folded))) return;
  if (NUMBER_GROUPED.test(folded)) folded = folded.replace(/,/g, '');
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(folded);
  if (ordinal !== null) terms.add(ordinal[1]!);
  // A stop word is dropped unless it is capitalised and may be a surname ("Kim").
  if (isStopWord(folded) && !(nameLike && SURNAME_STOP_WORDS.has(folded))) return;
  const stems = stemsOf(folded);
  if (isHangul(folded)) {
    hangulTerms(folded, stems[0]!, terms);
    return;
  }
  terms.add(folded);
  // Azerbaijani typed without its letters writes ə as e ("hediyye" for "hədiyyə"), English
  // transliteration as a ("Mammadov"): a word with ə gets the e-spelling and its stems too.
  if (/[əƏ]/u.test(part)) {
    const typed = foldText(part.replace(/ə/gu, 'e').replace(/Ə/gu, 'E'));
    terms.add(typed);
    for (const stem of azerbaijaniStems(typed)) if (stem.length >= MIN_STEM && !isStopWord(stem)) terms.add(stem);
  }
  // A capitalised word may be a name, and a short stem of a name is mostly an accident that meets
  // common words ("Sahiba" → "sah", as in "sahələri"): its stems keep at least NAME_MIN_STEM letters.
  const minStem = nameLike && conceptOf(folded, stems) === undefined ? NAME_MIN_STEM : MIN_STEM;
  for (const stem of stems) {
    if (stem !== folded && stem.length >= minStem && !isStopWord(stem)) terms.add(stem);
  }
  const concept = conceptOf(folded, stems);
  if (concept !== undefined) terms.add(CONCEPT_PREFIX + concept);
  if (isAcronym(part)) terms.add(ACRONYM_PREFIX + folded);
  if (nameLike && !/\p{N}/u.test(folded)) {
    // Names take one case ending ("Məmmədovun", "Bayramova"): stems one suffix deep get keys too.
    // Deeper stems of names are mostly accidents ("Sahiba" → "sah") and would match other names.
    for (const form of [folded, ...azerbaijaniStems(folded, 1).filter((stem) => stem.length >= 4)]) {
      const key = soundKey(form);
      if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
    }
  }
}

/**
 * Terms of a Hangul word: the word, its stem, the stem's bigrams and, for a stem that is no
 * lexicon word, sound keys of its romanized forms (Hangul has no capitals to tell a name).
 */
function hangulTerms(folded: string, stem: string, terms: Set<string>): void {
  if (isStopWord(stem)) return;
  terms.add(folded);
  terms.add(stem);
  for (const gram of hangulBigrams(stem)) terms.add(GRAM_PREFIX + gram);
  const concept = conceptOf(folded, [stem]);
  if (concept !== undefined) {
    terms.add(CONCEPT_PREFIX + concept);
    return;
  }
  for (const form of romanizedNameForms(stem)) {
    const key = soundKey(form);
    if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
  }
}

/** The index terms of one word token, analysed afresh (see termsOfToken). */
/** Latin letters or digits with Hangul written on ("SEBA는", "2019년에"): a particle or counter after a name or number. */
const LATIN_THEN_HANGUL = /^([\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}.,]*)\p{Script=Hangul}+$/u;

function analyseToken(token: string): readonly string[] {
  if (token.startsWith(ACRONYM_PREFIX)) return [token];
  const written = LATIN_THEN_HANGUL.exec(token);
  if (written !== null) return [...new Set([foldText(token), ...analyseToken(written[1]!)])];
  const parts = tokenParts(token);
  if (parts.length === 0) return [];
  const nameLike = looksLikeName(token) || (parts.length > 1 && parts.some(looksLikeName));
  const terms = new Set<string>();
  for (const part of parts) partTerms(part, nameLike && /^\p{L}/u.test(part), terms);
  if (nameLike && parts.length > 1) {
    // "Byung-soo" and "Byungsoo" meet: the joined name has a key of its own.
    const key = soundKey(foldText(parts.join('')));
    if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
  }
  return [...terms];
}

/**
 * The index terms of one word token; empty when the token carries no meaning for search. News
 * text repeats its words, and analysing a token (folding, stemming, lexicon, sound key) costs far
 * more than looking it up, so tokens are remembered (about 200 bytes each). The array is shared
 * by every caller that asks for the same token: never change it.
 */
export const termsOfToken: (token: string) => readonly string[] = memoized(analyseToken);

// Small words allowed inside a capitalised phrase without breaking its initials.
const PHRASE_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'de', 'və', 've']);

/** Each run of capitalised words (small joining words skipped), in text order. */
function capitalisedRuns(tokens: readonly string[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    if (startsCapitalised(token) && !token.includes('-')) run.push(token);
    else if (run.length > 0 && PHRASE_JOINERS.has(token.toLowerCase())) continue;
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const initialsOf = (run: readonly string[]) => run.map((word) => foldText(word[0]!)).join('');

/**
 * Initials of runs of capitalised words, as acronym tokens ("^un" for "United Nations", "^unfccc"
 * for "United Nations Framework Convention on Climate Change"): every sub-run of 2–6 words from
 * each capitalised word, so a question's acronym finds the phrase it abbreviates.
 */
export function acronymTokens(text: string): string[] {
  return acronymTokensOf(tokenizeWords(text));
}

function acronymTokensOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const run of capitalisedRuns(tokens).map(initialsOf)) {
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 2; j <= Math.min(run.length, i + 6); j++) out.push(ACRONYM_PREFIX + run.slice(i, j));
    }
  }
  return out;
}

/**
 * Acronym terms for the capitalised phrases of a question of three words or more ("Korea
 * International Cooperation Agency" → "^kica"), to look up acronyms in the text that abbreviate
 * them, allowing one extra letter (KOICA takes two letters of "Korea"). Only phrases made mostly
 * of common words (an institution's name), not runs of personal names ("Elnur Məmmədov Koreyada").
 */
export function phraseAcronyms(text: string): string[] {
  return capitalisedRuns(tokenizeWords(text))
    .filter((run) => run.length >= 3 && run.filter((word) => conceptOf(foldText(word)) !== undefined).length * 2 >= run.length)
    .map((run) => ACRONYM_PREFIX + initialsOf(run));
}

/** Tokens the lexical index stores for a text: its words plus the initials of its capitalised phrases. */
export function indexTokens(text: string): readonly string[] {
  return indexTokensOf(tokenizeWords(text));
}

/** indexTokens of a text already split by tokenizeWords. */
export function indexTokensOf(words: readonly string[]): readonly string[] {
  const acronyms = acronymTokensOf(words);
  return acronyms.length === 0 ? words : [...words, ...acronyms];
}

/** One analysed word of a text: its original form and its terms (stop words are left out). */
export interface AnalyzedWord {
  token: string;
  terms: readonly string[];
}

/**
 * Whether a hyphenated token is one name ("Byung-soo", "Kim Jin-pyo"'s "Jin-pyo") rather than a
 * compound of words that each count on their own ("vice-speaker", "Azerbaijani-Korean").
 */
function isJoinedName(token: string, parts: readonly string[]): boolean {
  return looksLikeName(token) && parts.every((p) => conceptOf(foldText(p)) === undefined && !isStopWord(foldText(p)));
}

/**
 * A question's word written in lower case may still be a name ("jinping", "kimgu"): people type
 * questions without capitals, texts write names with them. A lower-case word of five letters or
 * more that is no lexicon word gets the sound keys a capitalised one would, so that it meets other
 * spellings of the name in the text (texts' lower-case words get no sound keys). Shorter words are
 * left out: their keys meet names by chance ("bake" and "Baku").
 */
const questionTermsOf = memoized((token: string): readonly string[] => {
  const terms = termsOfToken(token);
  if (terms.length === 0 || !/^[\p{Ll}][\p{Ll}'’-]{4,}$/u.test(token) || terms.some((t) => termKind(t) !== 'word')) return terms;
  const keyed = new Set(terms);
  for (const part of tokenParts(token)) {
    const folded = foldText(part);
    if (isStopWord(folded)) continue;
    const key = soundKey(folded);
    if (isDistinctiveKey(key)) keyed.add(SOUND_PREFIX + key);
  }
  if (tokenParts(token).length > 1) {
    const key = soundKey(foldText(tokenParts(token).join('')));
    if (isDistinctiveKey(key)) keyed.add(SOUND_PREFIX + key);
  }
  return [...keyed];
});

/**
 * The words of a question that carry evidence, each with its terms; a compound of common words
 * counts as its words, so matching "vice" alone does not pass for "vice-speaker".
 */
export function analyzeWords(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  for (const token of tokenizeWords(text)) {
    const parts = tokenParts(token);
    const pieces = parts.length > 1 && !isJoinedName(token, parts) ? parts : [token];
    for (const piece of pieces) {
      const terms = questionTermsOf(piece);
      if (terms.length > 0) words.push({ token: piece, terms });
    }
  }
  return words;
}

/** Every term of a text, acronyms of its capitalised phrases included. */
export function termSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const token of indexTokens(text)) for (const term of termsOfToken(token)) set.add(term);
  return set;
}
