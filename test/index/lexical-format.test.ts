import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunk.ts';
import { loadDocuments } from '../../src/corpus/load.ts';
import { approximateTokenCounter } from '../../src/corpus/tokens.ts';
import { analyzeWords } from '../../src/corpus/terms.ts';
import { readEvalFile } from '../../src/eval/run.ts';
import { LexicalIndex } from '../../src/index/lexical.ts';
import { ByteWriter, decodePostings, writePosting } from '../../src/index/lexical/postings.ts';
import { accumulate, newScratch } from '../../src/index/lexical/scoring.ts';
import { LEXICAL } from '../../src/scoring.ts';
import { emptySegment } from '../../src/index/lexical/segment.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The seeds' passages as ingest cuts them without the model (200 tokens, one sentence overlap). */
async function seedPassages(): Promise<{ label: number; text: string }[]> {
  const { documents } = await loadDocuments(SEEDS_DIR);
  const chunks = documents.flatMap((doc) => chunkDocument(doc, { countTokens: approximateTokenCounter, maxTokens: 200, overlapSentences: 1 }));
  return chunks.map((chunk, label) => ({ label, text: chunk.text }));
}

async function evalQuestions(): Promise<string[]> {
  const files = ['seeds-dev.jsonl', 'seeds-extra.jsonl', 'seeds-hard.jsonl'].map((name) => fileURLToPath(new URL(`../fixtures/eval/${name}`, import.meta.url)));
  return (await Promise.all(files.map((file) => readEvalFile(file)))).flat().map((question) => question.q);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('LexicalIndex file round trip on the seeds', async () => {
  const passages = await seedPassages();
  const questions = await evalQuestions();
  const built = LexicalIndex.create();
  built.add(passages);
  const bytes = built.serialize();

  it('writes exactly the bytes it read', () => {
    expect(passages.length).toBeGreaterThan(20);
    const once = LexicalIndex.deserialize(bytes).serialize();
    expect(sameBytes(once, bytes)).toBe(true);
    expect(sameBytes(LexicalIndex.deserialize(once).serialize(), bytes)).toBe(true);
  });

  it('ranks every eval question the same after the round trip, scores and word counts included', () => {
    expect(questions.length).toBeGreaterThan(50);
    const restored = LexicalIndex.deserialize(bytes);
    let answered = 0;
    for (const question of questions) {
      const before = built.searchWords(question, 30);
      expect(restored.searchWords(question, 30)).toEqual(before);
      if (before.hits.length > 0) answered++;
    }
    expect(answered).toBeGreaterThan(questions.length * 0.9);
  });

  it('finds the same passages for the eval questions\' terms after the round trip', () => {
    const restored = LexicalIndex.deserialize(bytes);
    const queries = [...new Set(questions.flatMap((question) => analyzeWords(question).flatMap((word) => word.terms)))].flatMap((term) => [{ term }, { term, prefixLongerThan: 4 }]);
    const labels = passages.map((passage) => passage.label).reverse();
    const found = built.matchTerms(queries, labels);
    expect(found.filter((marks) => marks.includes(1)).length).toBeGreaterThan(100);
    expect(restored.matchTerms(queries, labels)).toEqual(found);
  });

  it('after removals and additions, writes the same bytes as an index built afresh from the same passages', () => {
    const removed = new Set([0, 3, 7, passages.length - 1]);
    const added = passages.slice(1, 6).map((passage) => ({ label: passage.label + 1000, text: passage.text }));
    const updated = LexicalIndex.deserialize(bytes);
    updated.remove([...removed]);
    updated.add(added);
    const fresh = LexicalIndex.create();
    fresh.add([...passages.filter((passage) => !removed.has(passage.label)), ...added]);
    expect(sameBytes(updated.serialize(), fresh.serialize())).toBe(true);
  });
});

describe('postings codec', () => {
  it('reads back every gap and term frequency it wrote, across varint lengths and past the inline frequency', () => {
    const slots = [0, 1, 2, 17, 18, 145, 2_200, 70_000, 2_200_000];
    const frequencies = [1, 7, 6, 8, 200, 1, 70_000, 3, 2 ** 31];
    const out = new ByteWriter(4);
    slots.forEach((slot, i) => writePosting(out, slot - (slots[i - 1] ?? -1), frequencies[i]!));
    const segment = { ...emptySegment(), labels: new Uint32Array(2_200_001), postings: out.written(), postingOffsets: Uint32Array.from([0, out.length]) };
    const decodedSlots = new Uint32Array(slots.length + 1);
    const decodedFrequencies = new Uint32Array(slots.length + 1);
    const n = decodePostings(segment, 0, decodedSlots, decodedFrequencies);
    expect([...decodedSlots.subarray(0, n)]).toEqual(slots);
    expect([...decodedFrequencies.subarray(0, n)]).toEqual(frequencies);
  });

  it('stops at a slot past the passages instead of reading on', () => {
    const out = new ByteWriter();
    for (const gap of [1, 1, 5]) writePosting(out, gap, 2);
    const segment = { ...emptySegment(), labels: new Uint32Array(4), postings: out.written(), postingOffsets: Uint32Array.from([0, out.length]) };
    const n = decodePostings(segment, 0, new Uint32Array(4), new Uint32Array(4));
    expect(n).toBe(2);
  });

  it('scores (accumulate) exactly the postings decodePostings reads, in its order, damaged ones included', () => {
    const { k1, delta } = LEXICAL;
    const lists: [gap: number, tf: number][][] = [
      [[1, 1], [1, 7], [1, 6], [15, 8], [1, 200], [127, 1], [2_055, 70_000]],
      [[3, 2 ** 32 + 5], [2, 7]],
      [[1, 2], [1, 2], [9, 2]], // the last slot is past the passages
      [[1, 3], [0, 1], [1, 1]], // a gap of 0: only a damaged file has one
    ];
    for (const list of lists) {
      const out = new ByteWriter(4);
      for (const [gap, tf] of list) writePosting(out, gap, tf);
      const passages = 2_200;
      const segment = { ...emptySegment(), labels: new Uint32Array(passages), postings: out.written(), postingOffsets: Uint32Array.from([0, out.length]) };
      const lengthNorm = Float64Array.from({ length: passages }, (_, i) => 0.5 + (i % 13) / 7);
      const weight = 1.3;
      const slots = new Uint32Array(passages);
      const frequencies = new Uint32Array(passages);
      const n = decodePostings(segment, 0, slots, frequencies);
      const scratch = newScratch(passages);
      const touched = new Uint32Array(passages);
      const count = accumulate(segment, lengthNorm, scratch, { ids: Uint32Array.from([0]), weights: Float64Array.from([weight]) }, touched);
      expect([...touched.subarray(0, count)]).toEqual([...slots.subarray(0, n)]);
      for (let i = 0; i < n; i++) {
        const tf = frequencies[i]!;
        expect(scratch.acc[slots[i]!]).toBe(weight * (delta + (tf * (k1 + 1)) / (tf + lengthNorm[slots[i]!]!)));
      }
    }
  });
});
