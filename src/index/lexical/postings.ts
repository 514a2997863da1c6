/**
 * Postings and the varint codec they are written in (the index's only varints).
 *
 * Varint: an unsigned integer in 7-bit groups, lowest first, the high bit set on every byte but
 * the last. A term's postings: for each passage holding it, in ascending slot order, the varint of
 * (slot gap × 8 + min(tf, 7)), then tf − 7 as a varint of its own when tf ≥ 7. The first gap is
 * counted from slot −1, so every gap and every term frequency is at least 1.
 */

import type { Segment } from './segment.ts';

/** Term frequencies up to this are stored in the posting's low three bits. */
const TF_INLINE_MAX = 7;

/** A growing byte buffer that writes varints and raw bytes. */
export class ByteWriter {
  data: Uint8Array;
  length = 0;
  constructor(capacity = 1 << 16) {
    this.data = new Uint8Array(capacity);
  }
  private reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const bigger = new Uint8Array(Math.max(this.data.length * 2, this.length + extra));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  /** Writes `value` (a whole number below 2^35) as a varint. */
  varint(value: number): void {
    this.reserve(6);
    let v = value;
    while (v >= 0x80) {
      this.data[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.data[this.length++] = v;
  }
  bytes(source: Uint8Array): void {
    this.reserve(source.length);
    this.data.set(source, this.length);
    this.length += source.length;
  }
  /** The bytes written, copied into an array of their own size. */
  written(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

/** Where the varint readVarint read last ended: its second result, kept here rather than in an object per posting. */
export let varintEnd = 0;

/**
 * Reads the varint at `p` (no further than `end`) and returns it; varintEnd says where it ended.
 * Small enough that the loops that read postings (decodePostings, BM25's accumulate) inline it.
 */
export function readVarint(bytes: Uint8Array, p: number, end: number): number {
  let byte = bytes[p++]!;
  let value = byte & 0x7f;
  for (let scale = 0x80; byte >= 0x80 && p < end; scale *= 0x80) {
    byte = bytes[p++]!;
    value += (byte & 0x7f) * scale;
  }
  varintEnd = p;
  return value;
}

/** Appends the posting of a passage `gap` slots after the previous one (or after slot −1). */
export function writePosting(out: ByteWriter, gap: number, tf: number): void {
  const inline = Math.min(tf, TF_INLINE_MAX);
  out.varint(gap * 8 + inline);
  if (inline === TF_INLINE_MAX) out.varint(tf - TF_INLINE_MAX);
}

/**
 * Decodes term `id`'s postings into `slots` and `frequencies` (slots ascending) and returns how
 * many there are. Stops at anything only a damaged or forged file holds (a gap or frequency of 0,
 * a slot past the segment's passages), so such a file gives wrong scores, never a crash. Into arrays rather than through a callback: the loops
 * that read them stay monomorphic and tight, which the hot paths need (one call per posting of a
 * callback cost more than the decoding). BM25 scoring reads the same format as it adds up
 * (accumulate in scoring.ts), so that no posting is written out and read back.
 */
export function decodePostings(segment: Segment, id: number, slots: Uint32Array, frequencies: Uint32Array): number {
  const postings = segment.postings;
  const slotCount = segment.labels.length;
  let p = segment.postingOffsets[id]!;
  const end = segment.postingOffsets[id + 1]!;
  let slot = -1;
  let n = 0;
  /** Whether the varint read next is the rest of the previous posting's frequency. */
  let frequencyRest = false;
  while (p < end) {
    const value = readVarint(postings, p, end);
    p = varintEnd;
    if (frequencyRest) {
      frequencies[n - 1]! += value;
      frequencyRest = false;
      continue;
    }
    if (n >= slotCount) break;
    const tf = value % 8;
    if (value < 8 || tf === 0) break;
    slot += (value - tf) / 8;
    if (slot >= slotCount) break;
    slots[n] = slot;
    frequencies[n++] = tf;
    frequencyRest = tf === TF_INLINE_MAX;
  }
  return n;
}
