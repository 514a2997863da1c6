/**
 * Which passages hold a term, read from the postings (LexicalIndex.matchTerms): retrieval reads
 * the evidence a candidate passage gives each question word this way instead of analysing the
 * passage's text.
 */
import { decodePostings } from './postings.ts';
import type { Scratch } from './scoring.ts';
import { isWrittenWord, lowerBound, prefixRange, slotOf, termBytes, utf16Length } from './segment.ts';
import type { Segment } from './segment.ts';

/** A term asked about by LexicalIndex.matchTerms. */
export interface TermQuery {
  term: string;
  /** Ask for longer written words that begin with the term, of more than this many characters, instead of the term itself. */
  prefixLongerThan?: number;
}

/** Passages by slot: ascending slot numbers, or (for a common term) one bit per slot. */
export interface MatchingPassages {
  slots: Uint32Array;
  bits?: Uint8Array;
}

const EMPTY_SLOTS = new Uint32Array(0);
const encoder = new TextEncoder();

function bitsOf(slots: ArrayLike<number>, passageCount: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(passageCount / 8));
  for (let i = 0; i < slots.length; i++) bits[slots[i]! >>> 3]! |= 1 << (slots[i]! & 7);
  return bits;
}

/** The `count` slots set in `bits`, ascending. */
function slotsOfBits(bits: Uint8Array, count: number): Uint32Array {
  const slots = new Uint32Array(count);
  let n = 0;
  for (let byte = 0; n < count; byte++) {
    const value = bits[byte]!;
    if (value === 0) continue;
    for (let bit = 0; bit < 8; bit++) if ((value & (1 << bit)) !== 0) slots[n++] = byte * 8 + bit;
  }
  return slots;
}

/** Whether passages are kept as bits rather than slot numbers (see passagesMatching). */
function keptAsBits(matching: number, passageCount: number): boolean {
  return matching * 32 > passageCount;
}

/** The passages that hold what `query` asks for (see LexicalIndex.matchTerms). */
export function passagesMatching(segment: Segment, scratch: Scratch, query: TermQuery): MatchingPassages {
  const bytes = encoder.encode(query.term);
  const [lo, hi] = prefixRange(segment, bytes);
  const passageCount = segment.labels.length;
  let slots: Uint32Array;
  if (query.prefixLongerThan === undefined) {
    slots = lo < hi && termBytes(segment, lo) === bytes.length ? decodeSlots(segment, scratch, lo) : new Uint32Array(0);
  } else {
    // The union of the passages of every longer written word that begins with the term, marked
    // in bits as each word's postings are read.
    const bits = new Uint8Array(Math.ceil(passageCount / 8));
    let count = 0;
    const { postingSlots } = scratch;
    for (let id = lo; id < hi; id++) {
      if (!isWrittenWord(segment, id) || utf16Length(segment, id) <= query.prefixLongerThan) continue;
      const n = decodePostings(segment, id, postingSlots, scratch.postingFrequencies);
      for (let i = 0; i < n; i++) {
        const slot = postingSlots[i]!;
        const bit = 1 << (slot & 7);
        if ((bits[slot >>> 3]! & bit) === 0) {
          bits[slot >>> 3]! |= bit;
          count++;
        }
      }
    }
    if (keptAsBits(count, passageCount)) return { slots: EMPTY_SLOTS, bits };
    slots = slotsOfBits(bits, count);
  }
  // A common term's passages as one bit per passage (smaller than its slot numbers, and looked up directly).
  return keptAsBits(slots.length, passageCount) ? { slots: EMPTY_SLOTS, bits: bitsOf(slots, passageCount) } : { slots };
}

/** Every slot of term `id`'s postings, ascending. */
function decodeSlots(segment: Segment, scratch: Scratch, id: number): Uint32Array {
  const n = Math.min(decodePostings(segment, id, scratch.postingSlots, scratch.postingFrequencies), segment.documentFrequency[id]!);
  return scratch.postingSlots.slice(0, n);
}

/**
 * A term's passages are looked up one asked passage at a time (a binary search each) rather than
 * all read, when they are more than this many per asked passage: a word of a large corpus is in
 * thousands of passages, a question asks about a hundred.
 */
const SEARCH_RATHER_THAN_SCAN = 16;

/** Whether ascending `slots` hold `slot`. */
function holdsSlot(slots: Uint32Array, slot: number): boolean {
  const at = lowerBound(slots, slot);
  return at < slots.length && slots[at] === slot;
}

/** For each of `matchings`, a Uint8Array over `labels`: 1 where the label's passage is among them. */
export function selectMatching(segment: Segment, scratch: Scratch, labels: readonly number[], matchings: readonly MatchingPassages[]): Uint8Array[] {
  // Position of each asked-for passage by slot (one more than it, 0 for none) in a scratch array.
  const positionOf = scratch.words;
  const asked: number[] = [];
  const repeated: [position: number, first: number][] = [];
  labels.forEach((label, position) => {
    const slot = slotOf(segment, label);
    if (slot < 0) return;
    if (positionOf[slot] === 0) {
      positionOf[slot] = position + 1;
      asked.push(slot);
    } else {
      repeated.push([position, positionOf[slot]! - 1]);
    }
  });
  try {
    return matchings.map((holding) => {
      const found = new Uint8Array(labels.length);
      if (holding.bits !== undefined) {
        for (const slot of asked) if ((holding.bits[slot >>> 3]! & (1 << (slot & 7))) !== 0) found[positionOf[slot]! - 1] = 1;
      } else if (holding.slots.length > asked.length * SEARCH_RATHER_THAN_SCAN) {
        for (const slot of asked) if (holdsSlot(holding.slots, slot)) found[positionOf[slot]! - 1] = 1;
      } else {
        for (const slot of holding.slots) {
          const position = positionOf[slot]!;
          if (position !== 0) found[position - 1] = 1;
        }
      }
      for (const [position, first] of repeated) found[position] = found[first]!;
      return found;
    });
  } finally {
    for (const slot of asked) positionOf[slot] = 0;
  }
}
