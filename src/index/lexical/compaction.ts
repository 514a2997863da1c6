/**
 * Building the lexical index: passages added since the last compaction wait in a small term
 * dictionary of their own (Pending); compaction folds them, and the removals, into a new segment,
 * merging the two sorted vocabularies and rewriting postings with the new slots.
 */
import { Buffer } from 'node:buffer';
import { indexTokens, termsOfToken } from '../../corpus/terms.ts';
import { ByteWriter, decodePostings, writePosting } from './postings.ts';
import type { Segment } from './segment.ts';

/** A growing array of unsigned integers. */
class Growable {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  written(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Passages added since the last compaction, with their own small term dictionary. */
export class Pending {
  labels: number[] = [];
  lengths: number[] = [];
  /** Start of each document's (term, tf) pairs; one more entry than documents. */
  starts: number[] = [0];
  removed: boolean[] = [];
  live = 0;
  byLabel = new Map<number, number>();
  termIds = new Map<string, number>();
  terms: string[] = [];
  postingTerms = new Growable();
  postingTfs = new Growable();

  /** Analyses a passage's text into its terms and their frequencies; its length is its unique tokens. */
  add(label: number, text: string): void {
    const tokens = indexTokens(text);
    const counts = new Map<number, number>();
    for (const token of tokens) {
      for (const term of termsOfToken(token)) {
        const id = this.termId(term);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    for (const [id, tf] of counts) {
      this.postingTerms.push(id);
      this.postingTfs.push(tf);
    }
    this.byLabel.set(label, this.labels.length);
    this.labels.push(label);
    this.lengths.push(new Set(tokens).size);
    this.starts.push(this.postingTerms.length);
    this.removed.push(false);
    this.live++;
  }

  /** Forgets a pending passage; false when the label is not pending. */
  remove(label: number): boolean {
    const index = this.byLabel.get(label);
    if (index === undefined) return false;
    this.byLabel.delete(label);
    this.removed[index] = true;
    this.live--;
    return true;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** Bytes of a term as a Latin-1 string, so that JS string order is UTF-8 byte order. */
const byteKey = (term: string) => Buffer.from(term, 'utf8').toString('latin1');

function reverseString(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * A new segment: the live passages of `old` (those not marked in `removed`) and of `pending`,
 * merged in label order.
 */
export function compactSegment(old: Segment, removed: Uint8Array | undefined, removedCount: number, pending: Pending): Segment {
  const oldCount = old.labels.length;

  // New slots: live old passages and live pending ones, merged in label order.
  const pendingOrder = pending.labels.map((_, i) => i).filter((i) => !pending.removed[i]);
  pendingOrder.sort((a, b) => pending.labels[a]! - pending.labels[b]!);
  const count = oldCount - removedCount + pendingOrder.length;
  const labels = new Uint32Array(count);
  const lengths = new Uint32Array(count);
  const oldSlot = new Int32Array(oldCount).fill(-1);
  const pendingSlot = new Int32Array(pending.labels.length).fill(-1);
  let a = 0;
  let b = 0;
  for (let slot = 0; slot < count; slot++) {
    while (a < oldCount && removed !== undefined && removed[a] === 1) a++;
    const takeOld = a < oldCount && (b >= pendingOrder.length || old.labels[a]! < pending.labels[pendingOrder[b]!]!);
    if (takeOld) {
      labels[slot] = old.labels[a]!;
      lengths[slot] = old.lengths[a]!;
      oldSlot[a++] = slot;
    } else {
      const d = pendingOrder[b++]!;
      labels[slot] = pending.labels[d]!;
      lengths[slot] = pending.lengths[d]!;
      pendingSlot[d] = slot;
    }
  }

  // Pending postings grouped by term (counting sort), slots ascending within a term.
  const termCount = pending.terms.length;
  const termStart = new Uint32Array(termCount + 1);
  for (const d of pendingOrder) {
    for (let p = pending.starts[d]!; p < pending.starts[d + 1]!; p++) termStart[pending.postingTerms.data[p]! + 1]!++;
  }
  for (let t = 0; t < termCount; t++) termStart[t + 1]! += termStart[t]!;
  const fill = termStart.slice(0, termCount);
  const groupedSlots = new Uint32Array(termStart[termCount]!);
  const groupedTfs = new Uint32Array(termStart[termCount]!);
  const bySlot = [...pendingOrder].sort((x, y) => pendingSlot[x]! - pendingSlot[y]!);
  for (const d of bySlot) {
    for (let p = pending.starts[d]!; p < pending.starts[d + 1]!; p++) {
      const t = pending.postingTerms.data[p]!;
      const at = fill[t]!++;
      groupedSlots[at] = pendingSlot[d]!;
      groupedTfs[at] = pending.postingTfs.data[p]!;
    }
  }
  const pendingKeys = pending.terms.map(byteKey);
  const pendingTerms = pending.terms.map((_, t) => t).filter((t) => termStart[t + 1]! > termStart[t]!);
  pendingTerms.sort((x, y) => (pendingKeys[x]! < pendingKeys[y]! ? -1 : 1));

  // Merge the two vocabularies, rewriting postings with the new slots.
  const oldText = Buffer.from(old.vocab.buffer, old.vocab.byteOffset, old.vocab.byteLength);
  const vocab = new ByteWriter();
  const postings = new ByteWriter();
  const termOffsets = new Growable();
  const postingOffsets = new Growable();
  const frequencies = new Growable();
  const keys: string[] = [];
  termOffsets.push(0);
  postingOffsets.push(0);
  const merged = new OldPostings(old, oldSlot);
  let i = 0;
  let j = 0;
  const oldTerms = old.termOffsets.length - 1;
  let oldKey = oldTerms > 0 ? oldText.toString('latin1', old.termOffsets[0]!, old.termOffsets[1]!) : '';
  while (i < oldTerms || j < pendingTerms.length) {
    const newKey = j < pendingTerms.length ? pendingKeys[pendingTerms[j]!]! : undefined;
    const useOld = i < oldTerms && (newKey === undefined || oldKey <= newKey);
    const useNew = newKey !== undefined && (i >= oldTerms || newKey <= oldKey);
    const key = useOld ? oldKey : newKey!;
    let df = 0;
    merged.start(useOld ? i : -1);
    const t = useNew ? pendingTerms[j]! : -1;
    let g = useNew ? termStart[t]! : 0;
    const gEnd = useNew ? termStart[t + 1]! : 0;
    let previous = -1;
    for (;;) {
      const fromOld = merged.slot;
      const fromNew = g < gEnd ? groupedSlots[g]! : -1;
      if (fromOld < 0 && fromNew < 0) break;
      let slot: number;
      let tf: number;
      if (fromNew < 0 || (fromOld >= 0 && fromOld < fromNew)) {
        slot = fromOld;
        tf = merged.tf;
        merged.next();
      } else {
        slot = fromNew;
        tf = groupedTfs[g++]!;
      }
      if (slot <= previous) continue; // only from a forged file: keep what is written valid
      writePosting(postings, slot - previous, tf);
      previous = slot;
      df++;
    }
    if (df > 0) {
      vocab.bytes(Buffer.from(key, 'latin1'));
      termOffsets.push(vocab.length);
      postingOffsets.push(postings.length);
      frequencies.push(df);
      keys.push(key);
    }
    if (useOld) {
      i++;
      if (i < oldTerms) oldKey = oldText.toString('latin1', old.termOffsets[i]!, old.termOffsets[i + 1]!);
    }
    if (useNew) j++;
  }

  const reversedKeys = keys.map(reverseString);
  const reversed = Uint32Array.from(keys.keys()).sort((x, y) => (reversedKeys[x]! < reversedKeys[y]! ? -1 : reversedKeys[x]! > reversedKeys[y]! ? 1 : 0));
  return {
    labels,
    lengths,
    termOffsets: termOffsets.written(),
    vocab: vocab.written(),
    postingOffsets: postingOffsets.written(),
    postings: postings.written(),
    reversed,
    documentFrequency: frequencies.written(),
  };
}

/** The postings of one old term in new-slot order, removed passages skipped. */
class OldPostings {
  /** The current posting's new slot, −1 when there is none left. */
  slot = -1;
  tf = 0;
  private readonly slots: Uint32Array;
  private readonly frequencies: Uint32Array;
  private count = 0;
  private at = 0;
  constructor(
    private readonly segment: Segment,
    private readonly newSlot: Int32Array,
  ) {
    this.slots = new Uint32Array(newSlot.length);
    this.frequencies = new Uint32Array(newSlot.length);
  }
  /** Moves to the first posting of old term `term` (none for −1). */
  start(term: number): void {
    this.slot = -1;
    if (term < 0) return;
    this.count = decodePostings(this.segment, term, this.slots, this.frequencies);
    this.at = 0;
    this.next();
  }
  next(): void {
    while (this.at < this.count) {
      const mapped = this.newSlot[this.slots[this.at]!]!;
      const tf = this.frequencies[this.at++]!;
      if (mapped >= 0) {
        this.slot = mapped;
        this.tf = tf;
        return;
      }
    }
    this.slot = -1;
  }
}
