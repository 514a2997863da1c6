import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../../src/index/lexical.ts';
import { prunedTopHits } from '../../../src/index/lexical/pruned-search.ts';
import { BLOCK_SIZE, wordPostings } from '../../../src/index/lexical/word-postings.ts';
import type { PrunedScratch } from '../../../src/index/lexical/pruned-search.ts';
import type { WordPostings } from '../../../src/index/lexical/word-postings.ts';

/** Seeded uniform numbers in [0, 1) (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names (capitalised: phrases give acronyms), Azerbaijani and English words with shared stems and
// prefixes ("minister", "ministers", "ministry"), near spellings (fuzzy matches) and numbers.
const VOCABULARY = [
  'Elnur', 'Mammadov', 'Mamedov', 'Korea', 'Koreya', 'Seoul', 'Baku', 'United', 'Nations', 'Climate', 'Conference',
  'minister', 'ministers', 'ministry', 'ministerial', 'deputy', 'met', 'press', 'visited', 'agreement', 'agreements',
  'cooperation', 'cooperative', 'economic', 'economy', 'trade', 'nazir', 'müavini', 'görüşüb', 'ölkə', 'iqtisadi',
  'əməkdaşlıq', 'investment', 'investments', 'investor', '2023', '2024', '15', 'May', 'said', 'the', 'in', 'of',
];

function corpus(seed: number, passages: number): { label: number; text: string }[] {
  const next = random(seed);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  // A few templates repeated word for word give many passages the same score (ties).
  const templates = Array.from({ length: 12 }, () => Array.from({ length: 3 + Math.floor(next() * 8) }, pick).join(' '));
  return Array.from({ length: passages }, (_, i) => ({
    label: i * 3 + Math.floor(next() * 3),
    text: next() < 0.5 ? templates[Math.floor(next() * templates.length)]! : Array.from({ length: 2 + Math.floor(next() * 14) }, pick).join(' '),
  }));
}

function questions(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const list = ['United Nations Climate Conference', 'UN climate', 'Mammadov Mammadov Korea', 'ministry', 'nothing here', 'UNCC'];
  while (list.length < count) list.push(Array.from({ length: 1 + Math.floor(next() * 7) }, pick).join(' '));
  return list;
}

describe('pruned BM25 search', () => {
  it('gives exactly the exhaustive search results (hits, scores, tie order, word frequencies) on random corpora', () => {
    for (const seed of [1, 2, 3]) {
      const index = LexicalIndex.create();
      index.add(corpus(seed, 400 + seed * 300));
      let hits = 0;
      for (const question of questions(seed * 7, 60)) {
        for (const k of [0, 1, 2, 3, 7, 30, 100, 5000]) {
          const exhaustive = index.searchWords(question, k);
          expect(index.searchWordsPruned(question, k), `seed ${seed}, k ${k}: ${question}`).toEqual(exhaustive);
          hits += exhaustive.hits.length;
        }
      }
      expect(hits).toBeGreaterThan(1000);
    }
  });

  it('keeps ties in label order when many passages score the same', () => {
    const index = LexicalIndex.create();
    index.add(Array.from({ length: 500 }, (_, i) => ({ label: 1000 - i, text: 'Baku economic forum' })));
    const hits = index.searchWordsPruned('Baku forum', 10).hits;
    expect(hits.map((h) => h.label)).toEqual([501, 502, 503, 504, 505, 506, 507, 508, 509, 510]);
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    expect(index.searchWordsPruned('Baku forum', 10)).toEqual(index.searchWords('Baku forum', 10));
  });

  it('answers the same after passages are removed and added', () => {
    const index = LexicalIndex.create();
    const passages = corpus(9, 600);
    index.add(passages);
    index.searchWordsPruned('minister Korea', 5);
    index.remove(passages.slice(0, 200).map((p) => p.label));
    index.add([{ label: 99_999, text: 'Minister Elnur Mammadov visited Korea' }]);
    for (const question of questions(11, 30)) expect(index.searchWordsPruned(question, 10)).toEqual(index.searchWords(question, 10));
    expect(index.searchWordsPruned('Mammadov Korea visited', 1).hits[0]?.label).toBe(99_999);
  });
});

/** The exhaustive ranking of prunedTopHits's inputs, written plainly: every matching passage scored and sorted. */
function reference(words: WordPostings[], acronyms: WordPostings[], labels: Uint32Array, k: number) {
  const slots = new Set([...words, ...acronyms].flatMap((w) => [...w.slots]));
  const scoreIn = (w: WordPostings, slot: number) => {
    const i = w.slots.indexOf(slot);
    return i < 0 ? 0 : w.scores[i]!;
  };
  return [...slots]
    .map((slot) => {
      let total = 0;
      let hits = 0;
      for (const w of words) {
        const s = scoreIn(w, slot);
        if (s > 0) {
          total += s;
          hits++;
        }
      }
      for (const a of acronyms) total += scoreIn(a, slot);
      return { slot, score: (total * hits) / words.length };
    })
    .sort((a, b) => b.score - a.score || a.slot - b.slot)
    .slice(0, k)
    .map(({ slot, score }) => ({ label: labels[slot]!, score }));
}

function randomPostings(next: () => number, passages: number, share: number, levels: number): WordPostings {
  const slots: number[] = [];
  for (let slot = 0; slot < passages; slot++) if (next() < share) slots.push(slot);
  // Few distinct scores: many exact ties between passages.
  const scores = slots.map(() => 0.5 + Math.floor(next() * levels) * 0.25);
  return wordPostings(Uint32Array.from(slots), Float64Array.from(scores));
}

function scratchFor(passages: number): PrunedScratch {
  return { total: new Float64Array(passages), hits: new Float64Array(passages), touched: new Uint32Array(passages) };
}

describe('prunedTopHits', () => {
  it('ranks as scoring every passage does, over many blocks and with many tied scores', () => {
    const next = random(42);
    const passages = 20 * BLOCK_SIZE;
    const labels = Uint32Array.from({ length: passages }, (_, i) => i * 2 + 1);
    for (let round = 0; round < 60; round++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 5) }, () => randomPostings(next, passages, [0.005, 0.05, 0.5, 0.9][Math.floor(next() * 4)]!, 1 + Math.floor(next() * 4)));
      const acronyms = next() < 0.3 ? [randomPostings(next, passages, 0.02, 2)] : [];
      const scratch = scratchFor(passages);
      for (const k of [1, 5, 30, 200]) {
        const pruned = prunedTopHits(words, acronyms, labels, k, scratch);
        expect(scratch.total.every((v) => v === 0) && scratch.hits.every((v) => v === 0)).toBe(true);
        const expected = reference(words, acronyms, labels, k);
        if (pruned === undefined) {
          // Left to the exhaustive search only when it lists passages that an acronym alone matches.
          expect(expected.some((hit) => hit.score === 0)).toBe(true);
        } else {
          expect(pruned).toEqual(expected);
        }
      }
    }
  });

  it('returns nothing for no words, and leaves acronym-only passages to the exhaustive search', () => {
    const labels = Uint32Array.from([5, 6, 7]);
    const acronym = wordPostings(Uint32Array.from([1]), Float64Array.from([0.8]));
    const word = wordPostings(Uint32Array.from([2]), Float64Array.from([1]));
    const scratch = scratchFor(3);
    expect(prunedTopHits([], [], labels, 3, scratch)).toEqual([]);
    expect(prunedTopHits([], [acronym], labels, 3, scratch)).toBeUndefined();
    expect(prunedTopHits([word], [acronym], labels, 3, scratch)).toBeUndefined();
    expect(prunedTopHits([word], [acronym], labels, 1, scratch)).toEqual([{ label: 7, score: 1 }]);
    expect(prunedTopHits([word], [], labels, 0, scratch)).toEqual([]);
  });
});
