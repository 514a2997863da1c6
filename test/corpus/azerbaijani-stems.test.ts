import { describe, expect, it } from 'vitest';
import { CONCEPT_PREFIX, termsOfToken } from '../../src/corpus/terms.ts';
import { azerbaijaniStems } from '../../src/corpus/stemmers.ts';

/**
 * The Azerbaijani suffix rules of the stem audit (about 1,300 forms of 180 common words written from
 * knowledge of the language; docs/quality.md, the forty-first round): each rule with forms that now
 * share a stem and forms that must not.
 */
const shared = (a: string, b: string) => {
  const other = new Set(termsOfToken(b));
  return termsOfToken(a).filter((t) => other.has(t));
};
const meet = (pairs: string) => pairs.split('|').map((pair) => pair.split(' ') as [string, string, string]);

const MEETING: readonly (readonly [rule: string, pairs: string])[] = [
  ['strip the first- and second-person plural possessive', 'ölkəmizdə ölkə olka|şirkətimiz şirkətlər sirkat|şirkətiniz şirkəti sirkat|layihəmiz layihənin layiha|tələbələrimiz tələbələr talaba'],
  ['strip the passive -n after a vowel under a verb ending', 'imzalanıb imzaladı imzala|toplanacaq topladı topla|dəstəklənib dəstəklədi dastakla'],
  ['strip the verbal noun -ma/-mə under its possessive', 'imzalanması imzalanıb imzalan|keçirilməsinə keçirildi keciril|tikilməsinin tikilib tikil|toplanması toplayıb topla|dəstəklənməsi dəstəkləyib dastakla'],
  ['strip the perfect -yıb after a vowel', 'imzalayıb imzaladı imzala|oynayıb oynadı oyna|başlayıb başladı basla|hazırlayıb hazırladı hazirla'],
  ['strip the converb -araq/-ərək', 'imzalayaraq imzaladı imzala|göndərərək göndərdi gondar|qazanaraq qazandı qazan'],
  ['strip the past participle -dıq/-dik under what follows it', 'imzaladıqları imzaladı imzala|bildirdiklərinə bildirdi bildir|qazandıqları qazandı qazan'],
  ['strip the question particle -mı written onto a verb or predicate', 'imzalanıbmı imzalanıb imzalanib|keçiriləcəkmi keçiriləcək kecirilacak|gəlirmi gəlir galir|şirkətlərdirmi şirkətlər sirkat'],
  ['strip the instrumental -ylə/-yla written onto a vowel-final word', 'ölkəylə ölkədə olka|layihəsiylə layihənin layiha|anlaşmayla anlaşmanı anlasma|olkeyle olkeler olke'],
  ['strip the verbal noun and the converb typed with e for ə', 'verilmesi verilib veril|göndererek göndərdi gonder|desteklenmesine dəstəklənib desteklen'],
];

describe('Azerbaijani stems', () => {
  describe.each(MEETING)('%s', (_rule, pairs) => {
    it.each(meet(pairs))('"%s" meets "%s" (%s)', (a, b, stem) => expect(shared(a, b)).toContain(stem));
  });

  it('leave the first-person singular possessive on: -ım/-im ends too many words ("təqdim", presentation, is no "təqdir", appreciation; "premium" no "premiya")', () => {
    expect(termsOfToken('təqdim')).not.toContain('taqd');
    expect(termsOfToken('premium')).not.toContain('premi');
    expect(termsOfToken('məktəbim')).not.toContain('maktab');
  });

  it('keep the -n of a noun before its possessive -tı: after the passive -n the past is -dı ("prezidenti" keeps "preziden")', () => {
    expect(azerbaijaniStems('prezidenti')).toContain('preziden');
    expect(azerbaijaniStems('prezidenti')).not.toContain('prezide');
  });

  it('strip no participle -an under a verb ending: "qazan-acaq" (will win) is no "qaz" (gas), nor "qaza" (an accident)', () => {
    for (const word of ['qazanıb', 'qazandı', 'qazanacaq', 'qazandığı', 'qazanaraq', 'qazananlar', 'qazanıbmı']) {
      expect(termsOfToken(word), word).not.toContain('qaz');
      expect(termsOfToken(word), word).not.toContain(`${CONCEPT_PREFIX}gas`);
      expect(termsOfToken(word), word).not.toContain('qaza');
    }
    // ... while a participle after a root stays a participle.
    expect(azerbaijaniStems('artan')).toContain('art');
  });

  it('strip no -ma from a word that ends in it or from its plural: "bağlama" (a parcel) and "dondurma" (ice cream) are nouns of their own', () => {
    expect(termsOfToken('bağlama')).not.toContain('bagla');
    expect(termsOfToken('bağlamalar')).not.toContain('bagla');
    expect(termsOfToken('dondurma')).not.toContain('dondur');
    expect(termsOfToken('bağladı')).not.toContain(`${CONCEPT_PREFIX}parcel`);
    // A verbal noun's verb is stripped no further than its passive -n.
    expect(azerbaijaniStems('imzalanmasına')).not.toContain('imzal');
  });

  it('leave a root of four letters at least under the new verb endings ("artaraq" keeps "art", "sandıq" its "san")', () => {
    expect(termsOfToken('artaraq')).not.toContain('art');
    expect(termsOfToken('sandıq')).not.toContain('san');
    expect(termsOfToken('ödəyib')).not.toContain('oda');
  });

  it('strip no -mi that ends a word: "rəsmi" (official), "təqdimi" (its presentation), "iyirmi" (twenty)', () => {
    expect(azerbaijaniStems('rasmi')).not.toContain('ras');
    expect(azerbaijaniStems('taqdimi')).not.toContain('taqdi');
    expect(azerbaijaniStems('iyirmi')).not.toContain('iyir');
  });

  it('strip no typed verbal noun down to three letters ("gelmesi" keeps "gel" out)', () => {
    expect(termsOfToken('gelmesi')).not.toContain('gel');
  });

  it('leave the endings the audit tried and dropped: -lı, -sız, three-letter roots, t/d', () => {
    // -lı names districts (İsmayıllı, Qubadlı): a given name is no place.
    expect(termsOfToken('İsmayıl')).not.toContain(`${CONCEPT_PREFIX}ismayilli`);
    expect(termsOfToken('uğurlu')).not.toContain('ugur');
    // -sız turns a word to its opposite: "bənzərsiz" (unique) is no "bənzər" (similar).
    expect(termsOfToken('bənzər')).not.toContain(`${CONCEPT_PREFIX}unique`);
    // Fuel ("yanacaq") is no side ("yanında").
    expect(termsOfToken('yanacaq')).not.toContain('yan');
    // A document ("sənədi") is no art ("sənət").
    expect(termsOfToken('sənədi')).not.toContain('sanat');
  });
});
