/**
 * Whose embassy or ambassador a text speaks of, and where: "the Korean embassy in Baku", "посол
 * Азербайджана в Корее", "Koreyanın Azərbaycandakı səfirliyi", "주한 아제르바이잔 대사". News of two
 * countries names both countries' missions everywhere, and the words of "the staff of the Korean
 * embassy in Azerbaijan" are all in a sentence about the Azerbaijani embassy in Seoul: only who
 * sends and who hosts tells them apart.
 */
import { memoized, SENTENCE_MEMO_LIMIT } from '../corpus/fold.ts';
import { PLACE_CONCEPTS } from '../corpus/lexicon-places.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { termsOfToken, tokenizeWords } from '../corpus/terms.ts';
import { countryOfPlace } from './places.ts';

/** A diplomatic mission: the country that sends it and the country (or city) that hosts it, each when the text says. */
export interface Mission {
  owner?: string;
  host?: string;
}

/** The country a word names (Korea, Koreyanın, Сеуле, 아제르바이잔), if it names one of the lexicon's places or the two parties. */
function countryOf(word: string): string | undefined {
  for (const term of termsOfToken(word)) {
    if (!term.startsWith(CONCEPT_PREFIX)) continue;
    const id = term.slice(CONCEPT_PREFIX.length);
    if (id === 'korea' || id === 'azerbaijan') return id;
    if (PLACE_CONCEPTS.has(term)) return countryOfPlace(id);
  }
  return undefined;
}

/** Korean "주X" (resident in X): 주한 is in Korea; 주아제르바이잔, 주바쿠, 주우즈베키스탄 in the country named. */
function koreanHost(word: string): string | undefined {
  const rest = /^주(\p{Script=Hangul}+)$/u.exec(word)?.[1];
  if (rest === undefined) return undefined;
  if (/^한(?:국)?$/u.test(rest)) return 'korea';
  return rest.length >= 2 ? countryOf(rest) : undefined;
}

/** Words naming a mission: embassy, ambassador, consulate in the four languages ("한국대사관" with its country on it). */
const MISSION_WORD = /^(?:embass(?:y|ies)|ambassadors?|envoys?|consulates?|посольств\p{L}*|посол|посла|послом|послу|послы|послов|консульств\p{L}*|s[əe]fir\p{L}*|konsulluğ\p{L}*|konsullug\p{L}*|\p{Script=Hangul}*대사(?:관)?\p{Script=Hangul}*|\p{Script=Hangul}*영사관\p{Script=Hangul}*)$/iu;

/** Small words between a mission word and its countries: "of the Republic of", "в", "in", "to". */
const SKIPPED = /^(?:the|republic|of|in|to|at|республики|республика|в|во|respublikası\p{L}*|respublikasi\p{L}*|fövqəladə|fovqelade|və|ve|səlahiyyətli|selahiyyetli|extraordinary|plenipotentiary|and|new|yeni|newly|appointed|чрезвычайный|полномочный|и)$/iu;

/** Azerbaijani attributive locatives ("Bakıdakı", "Koreyadakı", "ölkəmizdəki"): where the mission is. */
const LOCATIVE_ATTRIBUTE = /(?:dakı|dəki|daki|deki)$/iu;

/** The missions a text speaks of, with whatever owner and host it names. */
export const missionsIn = memoized((text: string): readonly Mission[] => {
  const words = tokenizeWords(text);
  const missions: Mission[] = [];
  words.forEach((word, i) => {
    if (!MISSION_WORD.test(word)) return;
    const mission: Mission = {};
    // Korean: the country on the word ("한국대사관") or before it ("아제르바이잔 대사"), the host as 주X before it.
    const hangul = /\p{Script=Hangul}/u.test(word);
    if (hangul) {
      const onWord = word.replace(/(?:대사관?|영사관).*$/u, '');
      if (onWord !== '') mission.owner = countryOf(onWord) ?? koreanHost(onWord);
      for (const before of words.slice(Math.max(0, i - 3), i).reverse()) {
        const host = koreanHost(before);
        if (host !== undefined) { mission.host ??= host; continue; }
        if (before === '주재' || before === '현지') continue;
        const country = countryOf(before);
        if (country !== undefined && mission.owner === undefined) mission.owner = country;
      }
      // "아제르바이잔 주재 한국대사관": the country before 주재 hosts.
      const stationed = words.lastIndexOf('주재', i);
      if (stationed > 0 && i - stationed <= 2) mission.host = countryOf(words[stationed - 1]!) ?? mission.host;
      if (mission.owner === mission.host) mission.owner = undefined;
      if (mission.owner !== undefined || mission.host !== undefined) missions.push(mission);
      return;
    }
    // Before the mission word: the owner ("Korean embassy", "Koreyanın ... səfirliyi", "корейский посол") and, in Azerbaijani, the host ("Bakıdakı", "ölkəmizdəki").
    for (const before of words.slice(Math.max(0, i - 4), i).reverse()) {
      if (SKIPPED.test(before)) continue;
      if (LOCATIVE_ATTRIBUTE.test(before)) {
        mission.host ??= /^ölkəmiz|^olkemiz/iu.test(before) ? 'azerbaijan' : countryOf(before);
        continue;
      }
      const country = countryOf(before);
      if (country === undefined) break;
      mission.owner ??= country;
    }
    // After it: "of Korea" / "Кореи" (the owner), then "in Baku" / "to Korea" / "в Азербайджане" (the host).
    let preposition = false;
    for (const after of words.slice(i + 1, i + 9)) {
      if (/^(?:in|to|at|в|во)$/iu.test(after)) { preposition = true; continue; }
      if (SKIPPED.test(after)) continue;
      const country = countryOf(after);
      if (country === undefined) break;
      if (preposition) { mission.host ??= country; break; }
      mission.owner ??= country;
    }
    if (mission.owner === mission.host) mission.host = undefined;
    if (mission.owner !== undefined || mission.host !== undefined) missions.push(mission);
  });
  return missions;
}, SENTENCE_MEMO_LIMIT);

/** Whether two missions cannot be the same one: other senders, other hosts, or one's sender the other's host. */
function differ(a: Mission, b: Mission): boolean {
  const other = (x?: string, y?: string) => x !== undefined && y !== undefined && x !== y;
  const same = (x?: string, y?: string) => x !== undefined && x === y;
  return other(a.owner, b.owner) || other(a.host, b.host) || same(a.owner, b.host) || same(a.host, b.owner);
}

/**
 * Whether a sentence speaks only of other missions than the question asks about: "주한 아제르바이잔
 * 대사관 직원" does not answer how many people the Korean embassy in Azerbaijan employs.
 */
export function speaksOfOtherMission(sentence: string, question: string): boolean {
  const asked = missionsIn(question);
  if (asked.length === 0) return false;
  const told = missionsIn(sentence);
  return told.length > 0 && asked.every((q) => told.every((s) => differ(q, s)));
}
