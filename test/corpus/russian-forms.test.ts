import { describe, expect, it } from 'vitest';
import { russianCaseForms, russianPastForms, russianPlaceAdjective, russianPlaceAdjectiveBases, russianPresentForms, russianRelationalAdjectives } from '../../src/corpus/russian-forms.ts';
import { stemsOf } from '../../src/corpus/stemmers.ts';
import { SOUND_PREFIX, conceptOf, termSet } from '../../src/corpus/terms.ts';

describe('Russian case forms of lexicon words', () => {
  it('name the concept of their nominative where Snowball stems them too short', () => {
    for (const form of ['корею', 'кореи', 'корее']) expect(conceptOf(form), form).toBe(conceptOf('корея'));
    for (const form of ['южного', 'южной', 'южные']) expect(conceptOf(form), form).toBe(conceptOf('южный'));
    expect(conceptOf('визите')).toBe(conceptOf('визит'));
    // The genitive plural has no ending of its own ("сколько школ", "недель").
    expect(conceptOf('школ')).toBe(conceptOf('школа'));
    expect(conceptOf('недель')).toBe(conceptOf('неделя'));
    // A noun ending in a consonant and -ть is no verb: "гость", "часть" decline.
    expect(conceptOf('гостей')).toBe(conceptOf('гость'));
    // Snowball reads "автомобили" as a verb's past ("-или") and stems it to "автомоб".
    expect(conceptOf('автомобили')).toBe(conceptOf('автомобиль'));
    expect(conceptOf('корея')).toBeDefined();
  });

  it('follow the declension the ending shows, and none is made for verbs or other scripts', () => {
    expect(russianCaseForms('доля')).toEqual(expect.arrayContaining(['доли', 'долю', 'доле', 'долей']));
    expect(russianCaseForms('армия')).toEqual(expect.arrayContaining(['армии', 'армию', 'армией']));
    expect(russianCaseForms('визит')).toEqual(expect.arrayContaining(['визита', 'визите', 'визитом']));
    expect(russianCaseForms('автомобиль')).toEqual(expect.arrayContaining(['автомобили', 'автомобилей', 'автомобилем']));
    expect(russianCaseForms('учиться')).toEqual([]);
    expect(russianCaseForms('korea')).toEqual([]);
  });

  it('give a feminine noun in a consonant and -ка its genitive plural with a vowel (заявок, девушек, копеек)', () => {
    expect(russianCaseForms('заявка')).toContain('заявок');
    expect(russianCaseForms('девушка')).toContain('девушек');
    expect(russianCaseForms('копейка')).toContain('копеек');
    expect(russianCaseForms('рука')).not.toContain('рук' + 'ок');
    expect(conceptOf('заявок')).toBe(conceptOf('заявки'));
  });
});

describe('Russian past tense of lexicon verbs', () => {
  it('names the concept of the infinitive where Snowball stems the verb too short', () => {
    for (const form of ['учился', 'училась', 'учились']) expect(conceptOf(form), form).toBe(conceptOf('учиться'));
    expect(conceptOf('учиться')).toBeDefined();
  });

  it('is formed for -ть and -ться infinitives only', () => {
    expect(russianPastForms('учиться')).toEqual(['учился', 'училась', 'училось', 'учились']);
    expect(russianPastForms('открыть')).toEqual(['открыл', 'открыла', 'открыло', 'открыли']);
    expect(russianPastForms('визит')).toEqual([]);
    expect(russianPastForms('корея')).toEqual([]);
    expect(russianPastForms('study')).toEqual([]);
  });
});

describe('Russian present and simple future of lexicon verbs', () => {
  it('name the concept of the infinitive, which Snowball cannot reach from forms it leaves whole', () => {
    for (const [form, verb] of [['откроют', 'открыть'], ['откроет', 'открыть'], ['построят', 'построить'], ['купят', 'купить'], ['организуют', 'организовать'], ['продают', 'продавать'], ['увеличится', 'увеличиться']]) {
      expect(conceptOf(verb!), verb).toBeDefined();
      expect(conceptOf(form!), form).toBe(conceptOf(verb!));
    }
  });

  it("follow the conjugation the infinitive's ending shows", () => {
    expect(russianPresentForms('решить')).toEqual(['решит', 'решат', 'решим']);
    expect(russianPresentForms('построить')).toEqual(['построит', 'построят', 'построим']);
    expect(russianPresentForms('отмечать')).toEqual(['отмечает', 'отмечают', 'отмечаем']);
    expect(russianPresentForms('вернуть')).toEqual(['вернет', 'вернут']);
    expect(russianPresentForms('обмениваться')).toEqual(['обменивается', 'обмениваются', 'обмениваемся']);
    for (const noun of ['нефть', 'путь', 'визит', 'корея', 'open']) expect(russianPresentForms(noun), noun).toEqual([]);
  });
});

describe('Russian stems of verb forms Snowball leaves whole', () => {
  it('meet the past tense of the same verb without the lexicon', () => {
    const shared = (a: string, b: string) => stemsOf(a).filter((stem) => stemsOf(b).includes(stem));
    expect(shared('получат', 'получили')).not.toEqual([]);
    expect(shared('вложат', 'вложили')).not.toEqual([]);
  });

  it('cut no ending that would leave fewer than four letters', () => {
    expect(stemsOf('пакет')).toEqual(['пакет']);
  });
});

describe('Russian adjectives of places', () => {
  it('name their place as Russian news writes a district ("в Шекинском районе")', () => {
    for (const [form, place] of [['шекинском', 'шеки'], ['габалинский', 'габала'], ['саатлинского', 'саатлы'], ['гахском', 'гах'], ['ленкоранском', 'ленкорань'], ['ташкентский', 'ташкент']]) {
      expect(conceptOf(place!), place).toBeDefined();
      expect(conceptOf(form!), form).toBe(conceptOf(place!));
    }
  });

  it('meet the older Russian names of the same place ("Лянкяран" and "Ленкорань", "Шамахы" and "Шемаха")', () => {
    for (const [older, newer] of [['ленкорань', 'лянкяран'], ['шемаха', 'шамахы'], ['шеки', 'шаки'], ['мингечевир', 'мингечаур'], ['балакен', 'белоканы'], ['гах', 'кахи']]) {
      expect(conceptOf(older!), older).toBeDefined();
      expect(conceptOf(newer!), newer).toBe(conceptOf(older!));
    }
  });

  it("follow the place name's last letter, and none is made of an adjective or another script", () => {
    expect(russianPlaceAdjective('шеки')).toBe('шекинский');
    expect(russianPlaceAdjective('габала')).toBe('габалинский');
    expect(russianPlaceAdjective('гах')).toBe('гахский');
    expect(russianPlaceAdjective('ленкорань')).toBe('ленкоранский');
    for (const word of ['турецкий', 'şəki', '셰키']) expect(russianPlaceAdjective(word), word).toBeUndefined();
  });

  it('of a place the lexicon lacks meet its name by sound ("в Алятской зоне" and "Alat", "в Гусарском районе" and "Qusar")', () => {
    const sounds = (text: string) => new Set([...termSet(text)].filter((t) => t.startsWith(SOUND_PREFIX)));
    for (const [adjective, name] of [['Алятской', 'Alat'], ['Гусарском', 'Qusar'], ['Ярдымлинского', 'Yardımlı']]) {
      expect([...sounds(adjective!)].some((key) => sounds(name!).has(key)), adjective).toBe(true);
    }
  });

  it('lead back to the stem of the name they are made from, not to a base of three letters', () => {
    expect(russianPlaceAdjectiveBases('алятск')).toEqual(['алят']);
    expect(russianPlaceAdjectiveBases('габалинск')).toEqual(['габалин', 'габал']);
    expect(russianPlaceAdjectiveBases('бакинск')).toEqual(['бакин']);
    expect(russianPlaceAdjectiveBases('гахск')).toEqual([]);
    expect(russianPlaceAdjectiveBases('алят')).toEqual([]);
  });
});

describe('Russian stems of lexicon words', () => {
  it('name a concept only from five letters: four belong to other words too', () => {
    // "почти" (almost) is stemmed "почт" as "почтить" (to honour) is; "стала" (became) "стал" as "сталь" (steel).
    expect(conceptOf('почти')).toBeUndefined();
    expect(conceptOf('стала')).not.toBe(conceptOf('сталь'));
    expect(conceptOf('подписанных')).toBe(conceptOf('подписать'));
  });
});

describe('Russian adjectives of lexicon nouns ("of it")', () => {
  it('name the noun\'s concept in their case forms, where Snowball stems them apart from the noun', () => {
    expect(russianRelationalAdjectives('алюминий')).toContain('алюминиевую');
    expect(russianRelationalAdjectives('цемент')).toContain('цементного');
    expect(russianRelationalAdjectives('сталь')).toContain('стальной');
    expect(conceptOf('алюминиевую')).toBe('aluminum');
    expect(conceptOf('стальной')).toBe('steel');
  });

  it('are made for nouns of five letters or more, not for verbs or other scripts', () => {
    expect(russianRelationalAdjectives('газ')).toEqual([]);
    expect(russianRelationalAdjectives('открыть')).toEqual([]);
    expect(russianRelationalAdjectives('cement')).toEqual([]);
  });
});
