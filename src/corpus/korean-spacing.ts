/**
 * Spaces a chat leaves out between Korean words ("최승호는누구야?", "알랏항에새로 들어오는",
 * "한결마트에서아제르바이잔 석류주스"): news text is spaced, a question often is not. Without a
 * dictionary of every word (Lucene's Nori has one), a glued question word is cut where a particle
 * ends the first word and what follows begins with a question word or is a lexicon word with its
 * own particle: the two readings a reader would see.
 */
import { conceptOf } from './concepts.ts';
import { PLACE_CONCEPTS } from './lexicon-places.ts';
import { CONCEPT_PREFIX } from './term-kinds.ts';
import { PLACE_SUFFIXES, koreanStem } from './korean.ts';

/** Particles that end a word before the next one (case, topic, additive, from/until). */
const PARTICLES = ['에서', '까지', '부터', '으로', '이랑', '하고', '에게', '한테', '은', '는', '이', '가', '을', '를', '에', '로', '랑', '와', '과', '의', '도'];

/** Korean question words a chat glues to the word before them (누구, 언제, 얼마, 어디, 몇, 무슨, 어떤, 어느, 뭐, 무엇, 왜, 어떻게). */
const QUESTION_WORD_START = /^(?:누구|언제|얼마|어디|몇|무슨|어떤|어느|뭐|무엇|왜|어떻게)/u;

/** A glued token: Hangul, with digits only before its Hangul ("2023년에한국이"). */
const GLUED = /^\p{N}*[\uac00-\ud7a3]{4,}$/u;

/** Whether the rest of a glued token begins a word of its own: a question word, or a lexicon word with or without its particle. */
function beginsWord(rest: string): boolean {
  if (QUESTION_WORD_START.test(rest)) return true;
  return [...rest].length >= 2 && (conceptOf(rest) !== undefined || conceptOf(koreanStem(rest)) !== undefined);
}

/** Syllables Korean writes on a place's name to make one word of it: its kind of place (PLACE_SUFFIXES), and people, language, side, made in, style. */
const PLACE_WORD_SYLLABLES: ReadonlySet<string> = new Set([...PLACE_SUFFIXES, '인', '어', '측', '산', '식']);

/** A place's name glued to the noun after it ("바쿠펜싱", "간자버스", "고부스탄풍력발전소"): the place, then the noun. */
function placeThenNoun(chars: readonly string[]): string[] | undefined {
  for (let cut = Math.min(chars.length - 2, 5); cut >= 2; cut--) {
    const place = chars.slice(0, cut).join('');
    const rest = chars.slice(cut).join('');
    const concept = conceptOf(place);
    if (concept === undefined || !PLACE_CONCEPTS.has(CONCEPT_PREFIX + concept) || PLACE_WORD_SYLLABLES.has(rest[0]!) || [...koreanStem(rest)].length < 2) continue;
    return [place, rest];
  }
  return undefined;
}

/** A question's Hangul token cut into the words a chat glued together; itself when none is glued. */
export function splitGluedKorean(token: string): string[] {
  if (!GLUED.test(token)) return [token];
  const chars = [...token];
  const placed = placeThenNoun(chars);
  if (placed !== undefined) return [placed[0]!, ...splitGluedKorean(placed[1]!)];
  for (let cut = 2; cut <= chars.length - 2; cut++) {
    const head = chars.slice(0, cut).join('');
    const particle = PARTICLES.find((p) => head.endsWith(p));
    // The word before the particle keeps two characters at least ("최승호는", "알랏항에", "2023년에").
    if (particle === undefined || cut - particle.length < 2) continue;
    const rest = chars.slice(cut).join('');
    if (beginsWord(rest)) return [head, ...splitGluedKorean(rest)];
  }
  return [token];
}
