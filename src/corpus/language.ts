import type { Language } from './types.ts';

/**
 * Language of a document or a question. Script decides Russian (Cyrillic) and Korean (Hangul);
 * between Azerbaijani and English, letters only Azerbaijani uses and common function words vote.
 * Short questions work too: one "ə" or one "kimdir" is enough against no English evidence.
 */

/** Letters English text never has and Azerbaijani text is full of; ə and ı are the surest. */
const AZ_LETTERS = /[əıİğşçöü]/u;
const AZ_STRONG_LETTERS = /[əı]/u;

const AZ_WORDS = new Set([
  'və', 'ilə', 'bu', 'bir', 'da', 'də', 'ki', 'üçün', 'olan', 'olub', 'olunub', 'edib', 'edilib', 'isə', 'həm',
  'kimi', 'sonra', 'görə', 'arasında', 'tərəfindən', 'haqqında', 'ölkə', 'iki', 'nə', 'kim', 'kimdir', 'nədir',
  'harada', 'haradadır', 'hansı', 'niyə', 'necə', 'vaxt', 'zaman', 'neçə', 'nəyə', 'ildə', 'il', 'ilin',
  'cənab', 'prezidenti', 'naziri', 'səfiri', 'səfər', 'görüş', 'keçirilib', 'bildirib', 'qeyd', 'azərbaycan',
  'koreya', 'koreyanın', 'azərbaycanın', 'respublikası', 'mi', 'mı', 'mu', 'mü', 'varmı', 'idi', 'deyil', 'var',
  'yox', 'ən', 'çox', 'daha', 'hər', 'heç', 'artıq', 'hələ', 'yenə', 'amma', 'lakin', 'ancaq',
  // As a chat types them without ə, ı, ş, ç, ğ, ö, ü ("ne qeder", "nece", "hansi"): no English word.
  've', 'ile', 'ucun', 'olunub', 'gore', 'arasinda', 'terefinden', 'haqqinda', 'olke', 'ne', 'nedir', 'niye', 'nece',
  'neye', 'ilde', 'qeder', 'hansi', 'haradadir', 'sefiri', 'sefer', 'gorus', 'kecirilib', 'koreyanin', 'azerbaycan',
  'azerbaycanin', 'respublikasi', 'varmi', 'deyil', 'cox', 'hec', 'artiq', 'hele', 'yene', 'olacaq', 'edir', 'edecek',
]);

const EN_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'it', 'its', 'as', 'not', 'but',
  'who', 'what', 'when', 'where', 'which', 'why', 'how', 'whom', 'whose', 'did', 'does', 'do', 'will', 'would',
  'can', 'could', 'between', 'about', 'said', 'their', 'they', 'he', 'she', 'his', 'her', 'there', 'than',
  'visit', 'visited', 'meet', 'met', 'meeting', 'chairs', 'president', 'minister', 'ambassador', 'korea', 'korean',
  'azerbaijan', 'azerbaijani', 'relations', 'cooperation', 'also', 'into', 'over', 'after', 'before', 'visits',
  'signed', 'held', 'discussed', 'many', 'much', 'first', 'during', 'agreement', 'countries', 'country',
]);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(text: string): Language {
  const hangul = count(text, /[\p{Script=Hangul}]/gu);
  const cyrillic = count(text, /[\p{Script=Cyrillic}]/gu);
  const latin = count(text, /[\p{Script=Latin}]/gu);
  const letters = hangul + cyrillic + latin;
  if (letters === 0) return 'und';
  if (hangul >= Math.max(cyrillic, latin) * 0.5 && hangul > 0) return 'ko';
  if (cyrillic > latin) return 'ru';
  if (latin === 0) return 'und';

  // One vote per word, so a few Azerbaijani names in an English sentence ("When did Elnur
  // Məmmədov visit Seoul?") weigh no more than the English words around them.
  let azScore = 0;
  let enScore = 0;
  for (const word of text.replace(/İ/gu, 'i').toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (AZ_WORDS.has(word) || AZ_STRONG_LETTERS.test(word)) azScore += 1;
    else if (AZ_LETTERS.test(word)) azScore += 0.5; // ü, ö, ç, ş also occur in German or Turkish names
    if (EN_WORDS.has(word)) enScore += 1;
  }
  if (azScore === 0 && enScore === 0) return 'und';
  return azScore > enScore ? 'az' : 'en';
}
