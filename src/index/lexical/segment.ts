/**
 * The compact, immutable part of the lexical index (exactly what the file holds), and lookups in
 * it: passages by label, terms by their bytes, prefix and suffix.
 *   - passages by slot, in ascending label order: labels and lengths (unique tokens);
 *   - vocabulary: every term's UTF-8 bytes in one buffer, sorted bytewise, with offsets: exact and
 *     prefix lookups are binary searches; a second order by reversed bytes finds terms by suffix;
 *   - postings per term (see postings.ts) and the term's document frequency.
 */
import { Buffer } from 'node:buffer';
import { ACRONYM_PREFIX, CONCEPT_PREFIX, GRAM_PREFIX, SOUND_PREFIX } from '../../corpus/terms.ts';

export interface Segment {
  labels: Uint32Array;
  lengths: Uint32Array;
  termOffsets: Uint32Array;
  vocab: Uint8Array;
  postingOffsets: Uint32Array;
  postings: Uint8Array;
  /** Term ids ordered by their reversed bytes (suffix lookups for fuzzy matching). */
  reversed: Uint32Array;
  /** Passages holding each term. */
  documentFrequency: Uint32Array;
}

export function emptySegment(): Segment {
  return {
    labels: new Uint32Array(0),
    lengths: new Uint32Array(0),
    termOffsets: new Uint32Array(1),
    vocab: new Uint8Array(0),
    postingOffsets: new Uint32Array(1),
    postings: new Uint8Array(0),
    reversed: new Uint32Array(0),
    documentFrequency: new Uint32Array(0),
  };
}

/** The vocabulary's bytes as a Buffer (a view, not a copy), for decoding terms to text. */
export function vocabularyText(segment: Segment): Buffer {
  return Buffer.from(segment.vocab.buffer, segment.vocab.byteOffset, segment.vocab.byteLength);
}

/** First bytes of the terms that are not written words (one ASCII character each). */
const KIND_MARK_BYTES = [CONCEPT_PREFIX, SOUND_PREFIX, ACRONYM_PREFIX, GRAM_PREFIX].map((mark) => mark.charCodeAt(0));

/** Slot of a label (labels are ascending by slot), or −1. */
export function slotOf(segment: Segment, label: number): number {
  const labels = segment.labels;
  const slot = lowerBound(labels, label);
  return slot < labels.length && labels[slot] === label ? slot : -1;
}

/** Whether term `id` is a written word, not a concept, sound key, acronym or bigram (see termKind). */
export function isWrittenWord(segment: Segment, id: number): boolean {
  const first = segment.vocab[segment.termOffsets[id]!]!;
  return !KIND_MARK_BYTES.includes(first);
}

export function termBytes(segment: Segment, id: number): number {
  return segment.termOffsets[id + 1]! - segment.termOffsets[id]!;
}

export function termText(segment: Segment, vocabText: Buffer, id: number): string {
  const offsets = segment.termOffsets;
  return vocabText.toString('utf8', offsets[id]!, offsets[id + 1]!);
}

/** Length in UTF-16 units (what the match weights use), counted from the UTF-8 bytes. */
export function utf16Length(segment: Segment, id: number): number {
  const { termOffsets, vocab } = segment;
  let length = 0;
  for (let p = termOffsets[id]!; p < termOffsets[id + 1]!; p++) {
    const byte = vocab[p]!;
    if ((byte & 0xc0) !== 0x80) length += byte >= 0xf0 ? 2 : 1;
  }
  return length;
}

/** Term ids [lo, hi) whose bytes start with `key`. */
export function prefixRange(segment: Segment, key: Uint8Array): [number, number] {
  const { termOffsets, vocab } = segment;
  const compare = (id: number) => {
    const start = termOffsets[id]!;
    const length = termOffsets[id + 1]! - start;
    const n = Math.min(length, key.length);
    for (let i = 0; i < n; i++) {
      const d = vocab[start + i]! - key[i]!;
      if (d !== 0) return d;
    }
    return length < key.length ? -1 : 0;
  };
  return equalRange(termOffsets.length - 1, compare);
}

/** Positions [from, to) in the reversed order whose reversed bytes start with `key`. */
export function suffixRange(segment: Segment, key: Uint8Array): [number, number] {
  const { termOffsets, vocab, reversed } = segment;
  const compare = (r: number) => {
    const id = reversed[r]!;
    const end = termOffsets[id + 1]!;
    const length = end - termOffsets[id]!;
    const n = Math.min(length, key.length);
    for (let i = 0; i < n; i++) {
      const d = vocab[end - 1 - i]! - key[i]!;
      if (d !== 0) return d;
    }
    return length < key.length ? -1 : 0;
  };
  return equalRange(reversed.length, compare);
}

/** The first position in ascending `values` whose value is not below `value` (binary search). */
export function lowerBound(values: Uint32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first and one-past-last positions in [0, n) where `compare` is 0, for a compare non-decreasing in position. */
function equalRange(n: number, compare: (position: number) => number): [number, number] {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = n;
  let from = lo;
  while (from < end) {
    const mid = (from + end) >>> 1;
    if (compare(mid) <= 0) from = mid + 1;
    else end = mid;
  }
  return [lo, from];
}
