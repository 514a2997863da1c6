/**
 * What one query term matches in the vocabulary, and how much each match weighs: the term itself;
 * longer written words it begins (query words of 5+ letters, weight 0.5·len/(len + 0.3·extra
 * letters)); written words one edit away (query words of 7+ letters without digits, weight
 * 0.3·len/(len + 1)). Each weight is multiplied by the matched term's IDF.
 */
import type { Buffer } from 'node:buffer';
import { withinOneEdit } from '../../corpus/fold.ts';
import { termKind } from '../../corpus/terms.ts';
import { LEXICAL } from '../../scoring.ts';
import { prefixRange, suffixRange, termBytes, termText, utf16Length } from './segment.ts';
import type { Segment } from './segment.ts';

// Documented in src/scoring.ts.
const { prefixMinLength: PREFIX_MIN_LENGTH, prefixWeight: PREFIX_WEIGHT, fuzzyMinLength: FUZZY_MIN_LENGTH, fuzzyWeight: FUZZY_WEIGHT } = LEXICAL;
const ACRONYM_FUZZY_WEIGHT = LEXICAL.acronymFuzzyWeight;

export interface Expansion {
  ids: Uint32Array;
  /** Match weight × IDF of each matched term. */
  weights: Float64Array;
}

const encoder = new TextEncoder();

/**
 * The terms `term` matches. An acronym built from a question's phrase (`acronymPhrase`) matches
 * exactly or one edit away, at ACRONYM_FUZZY_WEIGHT, whatever its length.
 */
export function expandTerm(segment: Segment, vocabText: Buffer, term: string, acronymPhrase: boolean): Expansion {
  const ids: number[] = [];
  const weights: number[] = [];
  const key = encoder.encode(term);
  const [lo, hi] = prefixRange(segment, key);
  const exact = lo < hi && termBytes(segment, lo) === key.length ? lo : -1;
  if (exact >= 0) {
    ids.push(exact);
    weights.push(1);
  }
  // Prefix and fuzzy matching only for written words: keys and concept ids are exact by design.
  const isWord = termKind(term) === 'word';
  const prefix = !acronymPhrase && isWord && term.length >= PREFIX_MIN_LENGTH && !/^\p{N}+$/u.test(term);
  const fuzzy = acronymPhrase || (isWord && term.length >= FUZZY_MIN_LENGTH && !/\p{N}/u.test(term));
  if (prefix) {
    for (let id = lo; id < hi; id++) {
      if (id === exact) continue;
      const length = utf16Length(segment, id);
      ids.push(id);
      weights.push((PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)));
    }
  }
  if (fuzzy) {
    const fuzzyWeight = acronymPhrase ? ACRONYM_FUZZY_WEIGHT : FUZZY_WEIGHT;
    for (const id of oneEditAway(segment, vocabText, term, key.length)) {
      if (id === exact || (prefix && id >= lo && id < hi)) continue;
      const length = utf16Length(segment, id);
      ids.push(id);
      weights.push((fuzzyWeight * length) / (length + 1));
    }
  }
  const n = segment.labels.length;
  const df = segment.documentFrequency;
  const expansion: Expansion = { ids: Uint32Array.from(ids), weights: new Float64Array(weights.length) };
  for (let i = 0; i < ids.length; i++) {
    const matching = df[ids[i]!]!;
    expansion.weights[i] = weights[i]! * Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
  }
  return expansion;
}

/**
 * Terms one edit away from `term`. Such a term shares the query's first half (the edit lies in
 * the second) or its second half (the edit lies in the first): two range lookups, then a check.
 */
export function oneEditAway(segment: Segment, vocabText: Buffer, term: string, byteLength: number): number[] {
  let half = term.length >> 1;
  if (half > 0 && term.charCodeAt(half - 1) >= 0xd800 && term.charCodeAt(half - 1) < 0xdc00) half--;
  if (half === 0) return [];
  const found: number[] = [];
  // Lengths first (cheap, from the bytes): most terms sharing a half differ in length by more than one.
  const consider = (id: number) => {
    if (Math.abs(termBytes(segment, id) - byteLength) > 4 || Math.abs(utf16Length(segment, id) - term.length) > 1) return;
    if (withinOneEdit(term, termText(segment, vocabText, id))) found.push(id);
  };
  const [lo, hi] = prefixRange(segment, encoder.encode(term.slice(0, half)));
  for (let id = lo; id < hi; id++) consider(id);
  const [from, to] = suffixRange(segment, reversedBytes(encoder.encode(term.slice(half))));
  const reversed = segment.reversed;
  for (let r = from; r < to; r++) {
    const id = reversed[r]!;
    if (id < lo || id >= hi) consider(id);
  }
  return found;
}

function reversedBytes(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes).reverse();
}

/** The id of `term` in the vocabulary, or -1. */
export function exactTermId(segment: Segment, term: string): number {
  const key = encoder.encode(term);
  const [lo, hi] = prefixRange(segment, key);
  return lo < hi && termBytes(segment, lo) === key.length ? lo : -1;
}
