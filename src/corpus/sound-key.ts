/**
 * Phonetic key for names: consonant classes that transliteration confuses are merged (b/p/v/f/w,
 * d/t, g/k/q, c/j/ç/ch, s/ş/sh/z, l/r), h/x/kh are dropped, ng/nq become n, r before a consonant
 * is dropped, every run of vowels (and the glide y) becomes one "a", and doubled letters
 * collapse. So Məmmədov, Mammadov and Mamedov give "mamatab"; Byonq, Byung and Бён give "ban";
 * Cin-pyo and Jin-pyo meet; Cyrillic is transliterated first.
 */

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

/** A folded Cyrillic word in Latin letters, letter by letter ("аду" → "adu"); other letters are kept. */
export function cyrillicToLatin(folded: string): string {
  return folded.replace(/[а-яёй]/g, (ch) => CYRILLIC_TO_LATIN[ch] ?? ch);
}

/** Phonetic key of one folded Latin or Cyrillic word; empty when it has no letters. */
export function soundKey(folded: string): string {
  const latin = folded
    // Russian writes j as дж ("Джин" for Jin), Chinese j and zh as цз and чж ("Цзиньпин" for
    // Jinping), and Korean aspirates with х ("Пхё" for Pyo).
    .replace(/дж|цз|чж/g, 'j')
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

/** A key with fewer than two consonants ("Hello" → "ala") would match too many names. */
export function isDistinctiveKey(key: string): boolean {
  return key.replace(/a/g, '').length >= 2;
}

const AZERBAIJANI_LETTERS = /[əğışçöüƏĞİŞÇÖÜ]/u;

/**
 * A Latin word as English says it, for the key: c is k before a, o, u and consonants ("Caspian",
 * Каспиан, 캐스피언) and s before e, i, y ("Crescent", Кресент); a final e after a consonant is
 * silent ("Marine", Марин).
 */
function englishReading(folded: string): string {
  return folded
    .replace(/c(?=[eiy])/gu, 's')
    .replace(/c(?!h)/gu, 'k')
    .replace(/([^aeiouy])e$/u, '$1');
}

/**
 * The keys of a name written in Latin or Cyrillic letters: its soundKey, and the key of how the
 * other alphabets may have heard it: a Latin name as English says it (englishReading), where
 * Azerbaijani reads c as j ("Cavid"); Russian writes the h of Azerbaijani and Arabic names as г
 * ("Гасанов", Həsənov; "Гусейн", Hüseyn).
 */
export function soundKeys(folded: string, written: string = folded): string[] {
  const keys = [soundKey(folded)];
  // A word with Azerbaijani letters is Azerbaijani ("Bağça" folds to bagca), its c always j.
  if (/^[a-z]+$/u.test(folded) && !AZERBAIJANI_LETTERS.test(written)) keys.push(soundKey(englishReading(folded)));
  if (folded.includes('г')) keys.push(soundKey(folded.replace(/г/gu, 'х')));
  return [...new Set(keys)];
}
