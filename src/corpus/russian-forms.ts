/**
 * Case forms of a Russian noun or adjective as the lexicon writes it (nominative singular):
 * Snowball stems "Корея" to "коре" but "Корею" and "Кореи" to "кор", too short to name a concept,
 * so the lexicon also knows the forms themselves ("в Корее", "южного", "визите"). The endings of the
 * common declensions are added by the word's ending; a form that is no real word is never met in
 * a text and costs nothing. Infinitives and reflexive verbs (a vowel and -ть, -ти, -ся, -сь; not
 * "гость" or "часть") get no case forms but their past tense (russianPastForms) and their present
 * or simple future (russianPresentForms).
 */
const VERB_ENDING = /(?:[аеёиоуыя]ть|ти|ся|сь)$/u;

const ENDINGS: readonly [RegExp, number, readonly string[]][] = [
  // [the ending that picks the class, letters cut, endings added]
  // The genitive plural has no ending of its own (школ, стран, армий, недель).
  [/ия$/u, 1, ['и', 'ю', 'ей', 'й', 'ям', 'ями', 'ях']],
  [/я$/u, 1, ['и', 'ю', 'е', 'ей', 'ь', 'ям', 'ями', 'ях']],
  [/[гкхжшчщ]а$/u, 1, ['и', 'у', 'е', 'ой', '', 'ам', 'ами', 'ах']],
  [/а$/u, 1, ['ы', 'у', 'е', 'ой', '', 'ам', 'ами', 'ах']],
  [/(?:ый|ий|ой)$/u, 2, ['ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ая', 'яя', 'ой', 'ей', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими']],
  [/ие$/u, 1, ['я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях']],
  [/[оеё]$/u, 1, ['а', 'у', 'ом', 'е', 'ам', 'ами', 'ах']],
  [/й$/u, 1, ['я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях']],
  // A soft sign ends masculine (автомобиль: автомобили, автомобилей) and feminine nouns (площадь: площадью).
  [/ь$/u, 1, ['я', 'ю', 'ем', 'е', 'и', 'ью', 'ей', 'ям', 'ями', 'ях']],
  [/[бвгджзклмнпрстфхцчшщ]$/u, 0, ['а', 'у', 'ом', 'е', 'ы', 'и', 'ов', 'ам', 'ами', 'ах', 'ей']],
];

/** The case forms of a lowercase Cyrillic lexicon word, itself excluded; none for a verb or another script. */
export function russianCaseForms(word: string): string[] {
  if (!/^[а-яё]{3,}$/u.test(word) || VERB_ENDING.test(word)) return [];
  const found = ENDINGS.find(([ending]) => ending.test(word));
  if (found === undefined) return [];
  const [, cut, endings] = found;
  const base = word.slice(0, word.length - cut);
  const forms = endings.map((ending) => base + ending).filter((form) => form !== word);
  // A feminine noun in a consonant and -ка takes a vowel in its genitive plural: заявка → заявок,
  // посылка → посылок, девушка → девушек, копейка → копеек (both vowels are written; one is no word).
  const fleeting = /^([а-яё]*)([бвгджзйлмнпрстфхцчшщь])ка$/u.exec(word);
  if (fleeting !== null) {
    const consonant = fleeting[2] === 'й' || fleeting[2] === 'ь' ? '' : fleeting[2]!;
    forms.push(`${fleeting[1]}${consonant}ок`, `${fleeting[1]}${consonant}ек`);
  }
  return forms;
}

/**
 * The past tense of a Russian infinitive as the lexicon writes it ("учиться" → учился, училась,
 * учились; "открыть" → открыл, открыла ...): Snowball stems some verbs to two letters ("уч"), too
 * short to name a concept, so the lexicon knows their past forms themselves. Regular formation
 * only; an irregular verb's forms are listed in the lexicon.
 */
export function russianPastForms(word: string): string[] {
  const reflexive = /^([а-яё]{2,})ться$/u.exec(word);
  if (reflexive !== null) return ['лся', 'лась', 'лось', 'лись'].map((ending) => reflexive[1] + ending);
  const plain = /^([а-яё]{2,}[аеиоуыяё])ть$/u.exec(word);
  return plain === null ? [] : ['л', 'ла', 'ло', 'ли'].map((ending) => plain[1] + ending);
}

// [the infinitive's ending, letters cut, third-person endings added]: the regular conjugations.
const PRESENT_ENDINGS: readonly [RegExp, number, readonly string[]][] = [
  [/[оеё]вать$/u, 5, ['ует', 'уют', 'уем']], // организовать: организует, организуют
  [/авать$/u, 4, ['ет', 'ют']], // продавать: продает, продают (folded, ё is е)
  [/еть$/u, 3, ['еет', 'еют', 'ит', 'ят']], // иметь: имеет; смотреть: смотрит (both conjugations)
  [/ыть$/u, 3, ['оет', 'оют']], // открыть: откроет, откроют
  [/[ая]ть$/u, 2, ['ет', 'ют', 'ем']], // отмечать: отмечает, отмечают
  [/[жшчщ]ить$/u, 3, ['ит', 'ат', 'им']], // решить: решит, решат
  [/ить$/u, 3, ['ит', 'ят', 'им']], // построить: построит, построят
  [/нуть$/u, 3, ['ет', 'ут']], // вернуть: вернет, вернут
];

/**
 * The third-person present or simple future of a Russian infinitive ("построить" → построит,
 * построят; "организовать" → организует, организуют; "открыть" → откроют): Snowball leaves
 * these forms whole ("откроют", "подпишут"), so only the lexicon can tie them to the verb's other
 * forms. Regular conjugations only, as russianPastForms; a verb whose stem changes ("писать":
 * пишут) has its forms listed in the lexicon, and a form that is no real word costs nothing.
 */
export function russianPresentForms(word: string): string[] {
  const reflexive = /^([а-яё]{3,}ть)ся$/u.exec(word);
  const verb = reflexive === null ? word : reflexive[1]!;
  if (!/^[а-яё]{2,}ть$/u.test(verb)) return [];
  const found = PRESENT_ENDINGS.find(([ending]) => ending.test(verb));
  if (found === undefined) return [];
  const [, cut, endings] = found;
  const forms = endings.map((ending) => verb.slice(0, verb.length - cut) + ending);
  return reflexive === null ? forms : forms.map((form) => form + 'ся');
}

/**
 * The adjective Russian news names a place with ("в Шекинском районе", "бакинский", "габалинский",
 * "гахский"): a final vowel (Шеки, Габала, Саатлы, Баку) gives -инский, a consonant (Гах, Агдам,
 * Ташкент) or a soft sign (Ленкорань) -ский. Undefined for a word in another script. An irregular
 * adjective ("сеульский", "тбилисский") is listed in the lexicon; one the rule makes that is no
 * real word is never met in a text and costs nothing.
 */
export function russianPlaceAdjective(place: string): string | undefined {
  // A word that is an adjective already ("турецкий", "южная") makes none.
  if (!/^[а-яё]{3,}$/u.test(place) || /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие)$/u.test(place)) return undefined;
  if (/[аяыиу]$/u.test(place)) return `${place.slice(0, -1)}инский`;
  if (/ь$/u.test(place)) return `${place.slice(0, -1)}ский`;
  if (/[бвгджзклмнпрстфхцчшщй]$/u.test(place)) return `${place}ский`;
  return undefined;
}

/**
 * The adjectives Russian makes of a noun to say "of it" ("цемент" → цементный, "алюминий" →
 * алюминиевый, "бетон" → бетонный, "сталь" → стальной), in the regular formations, with their case
 * forms: Snowball stems the adjective apart from the noun ("алюминиев", "алюмин"). Nouns of five
 * letters or more (a short one, "газ", makes too many other words); a form that is no real word
 * is never met and costs nothing.
 */
export function russianRelationalAdjectives(noun: string): string[] {
  if (!/^[а-яё]{5,}$/u.test(noun) || VERB_ENDING.test(noun)) return [];
  let adjectives: string[] = [];
  if (/ий$/u.test(noun)) adjectives = [`${noun.slice(0, -2)}иевый`];
  else if (/ь$/u.test(noun)) adjectives = [`${noun}ной`, `${noun}ный`];
  else if (/[бвгджзклмнпрстфхцчшщ]$/u.test(noun)) adjectives = [`${noun}ный`, `${noun}овый`];
  return adjectives.flatMap((adjective) => [adjective, ...russianCaseForms(adjective)]);
}

/**
 * The name a Russian place adjective is made from, by its Snowball stem ("алятск" of "Алятской
 * зоне" → "алят", "гусарск" → "гусар"; "габалинск" → "габал", as "Габала" is stemmed): Russian
 * news writes "в Шамкирском районе" where other languages write the place's name. Bases shorter
 * than four letters are left out ("бакинск" → "бак"): they meet too many other words.
 */
export function russianPlaceAdjectiveBases(stem: string): string[] {
  const base = /^([а-яё]{4,})ск$/u.exec(stem)?.[1];
  if (base === undefined) return [];
  const vowelFinal = /^([а-яё]{4,})ин$/u.exec(base)?.[1];
  return vowelFinal === undefined ? [base] : [base, vowelFinal];
}
