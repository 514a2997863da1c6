/**
 * Snowball stemmers (the @orama/stemmers ports) for English and Russian. Compared on the seeds
 * sets and the development corpus with the light hand-written stemmers they replace (see
 * docs/quality.md): equal on the seeds, better on Russian questions whose words the corpus
 * inflects otherwise. Azerbaijani keeps its own stemmer (corpus/terms.ts): Turkish Snowball
 * measured worse on it.
 */
import { stemmer as englishSnowball } from '@orama/stemmers/english';
import { stemmer as russianSnowball } from '@orama/stemmers/russian';
import { isHangul, koreanStem } from './korean.ts';

/** The Snowball (Porter2) stem of a lower-case English word. */
export function englishStem(word: string): string {
  return englishSnowball(word);
}

/** The Snowball stem of a lower-case Russian word. */
export function russianStem(word: string): string {
  return russianSnowball(word);
}

// Conservative: a stem keeps at least MIN_STEM letters, and the folded word is
// always a term too, so a wrong stem costs a little precision, never the exact match.

export const MIN_STEM = 3;
/** The shortest stem kept for a capitalised word that is no lexicon word (see partTerms). */
export const NAME_MIN_STEM = 5;

/**
 * Azerbaijani verb endings: the future (-acaq/-əcək), the must-form (-malı/-məli), the infinitive
 * (-maq/-mək), the present (-yir after a vowel, -ir/-ır/-ur/-ür after a consonant: "bişirir"), the
 * passive written together with what follows it (-ılıb, -ılacaq), the past participle (-dığı/-diyi:
 * "topladığı", which it collected; -dıq/-dik with what follows: "imzaladıqları", which they signed),
 * the perfect after a vowel (-yıb: "imzalayıb"), the converb (-araq/-ərək, -yaraq: "imzalayaraq",
 * signing) and the verbal noun (-ma/-mə, see AZ_VERBAL_NOUN_SUFFIXES). A verb's root is short
 * ("ver", give), and three letters left by a verb ending meet unrelated words, so these leave at
 * least AZ_VERB_MIN_STEM.
 */
const AZ_VERB_SUFFIXES = [
  'malidir', 'malidi', 'mali', 'yacaq', 'yacak', 'acaq', 'acak', 'maq', 'mak', 'yir', 'yur',
  'ilacaq', 'ilacak', 'ilmis', 'ilib', 'ilir', 'ilan', 'ulacaq', 'ulacak', 'ulmus', 'ulub', 'ulur', 'ulan',
  'digi', 'dugu', 'diyi', 'duyu', 'diq', 'dik', 'duq', 'duk', 'ir', 'ur',
  'yib', 'yub', 'yaraq', 'yarak', 'araq', 'arak', 'ma',
];
/**
 * Endings only a verb takes: the verb endings, the perfect (-ıb), the past (-dı), -mış and the
 * participle -an/-ən. The participle is a word of its own that takes none of them after it: under
 * one of them an -an ends the verb's root ("qazan-acaq", will win, and "qazan-an", who won, are no
 * "qaz", gas) or is the passive -n after a vowel ("imzala-n-ıb", was signed), and the -n alone comes
 * off, leaving at least AZ_PASSIVE_MIN_STEM letters ("qazanıb" keeps "qazan": "qaza" is qəza, an accident).
 */
const AZ_VERB_ENDINGS: ReadonlySet<string> = new Set([...AZ_VERB_SUFFIXES, 'ib', 'ub', 'mis', 'mus', 'di', 'du', 'ti', 'tu', 'an']);
/** The past after a voiceless consonant (-tı): never after the passive -n, so "prezidenti" (its president) keeps "preziden". */
const AZ_VOICELESS_PAST: ReadonlySet<string> = new Set(['ti', 'tu']);
const AZ_PARTICIPLE = 'an';
const AZ_PASSIVE_MIN_STEM = 5;
/**
 * The verbal noun's -ma/-mə under its possessive ("imzalanması", "keçirilməsinə", "tikilməsinin"):
 * the verb's stem ("imzalan", "keçiril"), which loses at most its passive -n ("toplanması" → toplan,
 * topla). Only under the possessive, as news writes the verbal noun: a -ma word alone or in the
 * plural is as often a noun of its own ("bağlama", "bağlamalar", parcels; "dondurma", ice cream),
 * whose verb would give it another sense.
 */
const AZ_VERBAL_NOUN_SUFFIXES: ReadonlySet<string> = new Set(['ma']);
/** The third-person possessive after a vowel, alone or with its case ending (-sı, -sına, -sının, -sından ...). */
const AZ_POSSESSIVE_AFTER_VOWEL = /^s[iu](?:n|na|ni|nu|nin|nun|nda|ndan)?$/;
/**
 * The question particle -mı/-mi/-mu/-mü written onto a verb or a predicate ("imzalanıbmı", was it
 * signed; "artacaqmı", will it grow; "keçirilirmi"; "şirkətlərdirmi"): off only after a verb ending,
 * -dır or the plural, so that a word that merely ends in -mi keeps it ("rəsmi", official; "elmi"):
 * not after the past -dı ("təqdimi", its presentation, is no "təqdi-mi"), nor after a present of
 * fewer than five letters ("iyirmi", twenty).
 */
const AZ_QUESTION_PARTICLES: ReadonlySet<string> = new Set(['mi', 'mu']);
const AZ_ASKED_PREDICATE = /(?:ib|ub|mis|mus|acaq|acak|maq|mak|mali|dir|dur|lar|.{3}[iu]r)$/;
const AZ_VERB_MIN_STEM = 4;

/**
 * The noun-making -lıq/-lik/-luq/-lük ("240 şagirdlik məktəb", a school for 240 pupils; "dollarlıq",
 * "həftəlik"): the word it is made from names the same thing. Like a verb ending it leaves at least
 * AZ_VERB_MIN_STEM ("yerlik" keeps its own word, "illik" no "il"), only from a word that ends in it
 * and not further ("ümumilikdə", in all, is no "ümumi", general; "başçılıq" no "baş").
 */
const AZ_NOUN_MAKING_SUFFIXES = ['lik', 'liq', 'luk', 'luq'];
const AZ_NOUN_MAKING_SUFFIX_SET: ReadonlySet<string> = new Set(AZ_NOUN_MAKING_SUFFIXES);
/** Counting words: after a number their -lik form gives a size ("9 nəfərlik heyət", a delegation of nine; "3 dəfəlik"), not the people or things counted. */
const AZ_COUNTERS: ReadonlySet<string> = new Set(['nafar', 'nefer', 'adad', 'eded', 'dafa', 'defe']);
const AZ_LONG_STEM_SUFFIXES: ReadonlySet<string> = new Set([...AZ_VERB_SUFFIXES, ...AZ_NOUN_MAKING_SUFFIXES]);

// Azerbaijani inflectional suffixes in folded spelling (ə→a, ı→i, ü→u, ö→o), longest first.
// Stripped repeatedly from the end: "assosiasiyasinin" → assosiasiyasi → assosiasiya → ...
const AZ_SUFFIXES = [
  'larindan', 'larinda', 'larinin', 'larina', 'larini', 'lardan', 'larda', 'larin', 'lari', 'lar',
  'sindan', 'sinda', 'sinin', 'sina', 'sini', 'sundan', 'sunda', 'sunun', 'suna', 'sunu',
  'nin', 'nun', 'dan', 'tan', 'daki', 'da', 'ta', 'na', 'ni', 'nu', 'ya', 'yi', 'yu',
  // The first- and second-person plural possessive ("ölkəmizdə", in our country; "şirkətiniz", your company).
  'imiz', 'umuz', 'miz', 'muz', 'iniz', 'unuz', 'niz', 'nuz',
  'in', 'un', 'si', 'su', 'dir', 'dur', 'tir', 'tur', 'ib', 'ub', 'mis', 'mus', 'ci', 'cu', 'di', 'du', 'ti', 'tu', 'an', 'la',
  // The instrumental written onto a vowel-final word ("ölkəylə", "layihəsiylə"), as news and chats write "ilə".
  'yla',
  'a', 'i', 'u',
  ...AZ_QUESTION_PARTICLES,
  ...AZ_VERB_SUFFIXES,
  ...AZ_NOUN_MAKING_SUFFIXES,
];

/**
 * The verbal noun under its possessive and the converb, typed with e for ə ("verilmesi",
 * "desteklenmesine", "göndererek"): like the verb endings they leave at least AZ_VERB_MIN_STEM.
 */
const AZ_TYPED_VERB_SUFFIXES = ['mesinden', 'mesinde', 'mesinin', 'mesine', 'mesini', 'mesi', 'yerek', 'erek'];
const AZ_TYPED_VERB_SUFFIX_SET: ReadonlySet<string> = new Set(AZ_TYPED_VERB_SUFFIXES);

/**
 * The front-vowel suffixes as chats type them without ə ("fermerlerden" for "fermerlərdən"):
 * Azerbaijani written with its letters never has them, so they strip only a word typed that way.
 */
const AZ_TYPED_SUFFIXES = ['lerinden', 'lerinde', 'lerinin', 'lerine', 'lerini', 'lerden', 'lerde', 'lerin', 'leri', 'ler', 'sinden', 'sinde', 'sinin', 'sine', 'deki', 'yle', 'melidir', 'meli', 'yecek', 'ecek', 'mek', ...AZ_TYPED_VERB_SUFFIXES];

/** Stems of an Azerbaijani word typed without ə: its typed front-vowel suffix off, then the stems of the rest. */
export function azerbaijaniTypedStems(word: string): string[] {
  const stems = new Set<string>();
  for (const suffix of AZ_TYPED_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < (AZ_TYPED_VERB_SUFFIX_SET.has(suffix) ? AZ_VERB_MIN_STEM : MIN_STEM)) continue;
    const stem = word.slice(0, -suffix.length);
    stems.add(stem);
    // The verb's stem, as under -ma (AZ_VERBAL_NOUN_SUFFIXES), is stripped no further.
    if (!AZ_TYPED_VERB_SUFFIX_SET.has(suffix)) for (const deeper of azerbaijaniStems(stem, 2)) stems.add(deeper);
  }
  return [...stems];
}

/**
 * Case endings with ə, typed as e ("universitetde", "olkeden", "seherde"): too short to strip from
 * every word of a text ("outside" would give "out"), they are tried only for a question word's
 * lexicon concept (terms.ts withTypedConcept).
 */
const AZ_TYPED_CASE_ENDINGS = ['inden', 'unden', 'inde', 'unde', 'den', 'ten', 'de', 'te', 'ye'];

/** Stems of a question word typed without ə whose case ending is one of AZ_TYPED_CASE_ENDINGS, besides azerbaijaniTypedStems. */
export function azerbaijaniTypedCaseStems(word: string): string[] {
  const stems = new Set(azerbaijaniTypedStems(word));
  for (const ending of AZ_TYPED_CASE_ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM + 1) stems.add(word.slice(0, -ending.length));
  return [...stems];
}

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
export function azerbaijaniStems(word: string, rounds = 4): string[] {
  const stems = new Set<string>();
  // Each word to strip further, with the suffix stripped to reach it ('' for the word itself).
  let frontier: [string, string][] = [[word, '']];
  for (let round = 0; round < rounds && frontier.length > 0; round++) {
    const next: [string, string][] = [];
    for (const [w, stripped] of frontier) {
      // The passive -n after a vowel, under a verb ending: "imzalanıb" → imzalan → imzala.
      const passive = w.slice(0, -1);
      const verbOfNoun = AZ_VERBAL_NOUN_SUFFIXES.has(stripped);
      if (AZ_VERB_ENDINGS.has(stripped) && !AZ_VOICELESS_PAST.has(stripped) && /[aeiou]n$/.test(w) && passive.length >= AZ_PASSIVE_MIN_STEM && !stems.has(passive)) {
        stems.add(passive);
        if (!verbOfNoun) next.push([passive, 'n']);
      }
      // A verbal noun's verb loses its passive -n, nothing more.
      if (verbOfNoun) continue;
      for (const suffix of AZ_SUFFIXES_BY_LAST_LETTER.get(w[w.length - 1]!) ?? []) {
        if (!w.endsWith(suffix) || w.length - suffix.length < (AZ_LONG_STEM_SUFFIXES.has(suffix) ? AZ_VERB_MIN_STEM : MIN_STEM)) continue;
        const makesNoun = AZ_NOUN_MAKING_SUFFIX_SET.has(suffix);
        if (makesNoun && (round > 0 || AZ_COUNTERS.has(w.slice(0, -suffix.length)))) continue;
        if (AZ_VERBAL_NOUN_SUFFIXES.has(suffix) && !AZ_POSSESSIVE_AFTER_VOWEL.test(stripped)) continue;
        if (suffix === AZ_PARTICIPLE && AZ_VERB_ENDINGS.has(stripped)) continue;
        const stem = w.slice(0, -suffix.length);
        if (AZ_QUESTION_PARTICLES.has(suffix) && !AZ_ASKED_PREDICATE.test(stem)) continue;
        const found = [stem];
        // A final k/q turns into y/ğ before a vowel ending: agentlik → agentliyi, bazarlıq → bazarlığı.
        if (suffix.startsWith('y')) found.push(`${stem}k`);
        else if (stem.endsWith('y')) found.push(`${stem.slice(0, -1)}k`);
        else if (stem.endsWith('g')) found.push(`${stem.slice(0, -1)}q`, `${stem.slice(0, -1)}k`);
        for (const f of found) {
          if (!stems.has(f)) {
            stems.add(f);
            if (!makesNoun) next.push([f, suffix]);
          }
        }
      }
    }
    frontier = next;
  }
  return [...stems];
}

/** A third-person present or simple future ending ("получат", "поедут", "вложат") Snowball leaves on the word. */
const RUSSIAN_PERSONAL_ENDING = /^([а-яё]{4,})(?:ут|ют|ат|ят|ет|ит)$/u;

/**
 * The Snowball stem of a Russian word and, when Snowball left the word whole but it ends as a verb's
 * third person does, the word without that ending: "получат" meets "получили" (получ), "вложат"
 * meets "вложили". A noun with that ending ("бюджет", "институт") gains a stem nothing else has.
 */
export function russianStems(word: string): string[] {
  const stem = russianStem(word);
  const personal = stem === word ? RUSSIAN_PERSONAL_ENDING.exec(word) : null;
  return personal === null ? [stem] : [stem, personal[1]!];
}

/** Stems of one folded word (without the word itself), by the script it is written in. */
export function stemsOf(folded: string): string[] {
  if (/\p{Script=Cyrillic}/u.test(folded)) return russianStems(folded);
  if (isHangul(folded)) return [koreanStem(folded)];
  if (/^\p{N}/u.test(folded)) return [];
  return [englishStem(folded.replace(/'s?$/, '')), ...azerbaijaniStems(folded)];
}
