import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.ts';
import type { Chunk, DocumentMeta } from '../../src/corpus/types.ts';
import { LexicalIndex } from '../../src/index/lexical.ts';
import { createRetriever, type LexicalPage } from '../../src/retrieval/hybrid.ts';
import type { RetrieverDeps } from '../../src/retrieval/hybrid.ts';
import { passageSource } from './pipeline.ts';
import { answerPassages } from '../../src/retrieval/types.ts';
import type { RetrievedPassage } from '../../src/retrieval/types.ts';

interface Doc {
  source: string;
  paragraphs: string[];
}

/** Chunks of one paragraph each, labelled in order; offsets point into the joined document text. */
function corpus(docs: Doc[]) {
  const entries: { chunk: Chunk; meta: DocumentMeta; contentHash: string }[] = [];
  for (const doc of docs) {
    let start = 0;
    doc.paragraphs.forEach((text, ordinal) => {
      const sentences = splitSentences(text).map((s) => ({ ...s, start: s.start + start, end: s.end + start }));
      entries.push({
        chunk: { id: `${doc.source}#${ordinal}`, source: doc.source, ordinal, start, end: start + text.length, text, sentences, tokenCount: 10 },
        meta: { title: doc.source, language: 'en' },
        contentHash: `${doc.source.replace(/\W/g, '').padEnd(12, '0')}ffff`,
      });
      start += text.length + 2;
    });
  }
  const lexical = LexicalIndex.create();
  lexical.add(entries.map((e, label) => ({ label, text: e.chunk.text })));
  return { entries, lexical, passageByLabel: (label: number) => passageSource(entries[label]) };
}

const docs: Doc[] = [
  {
    source: 'korea.txt',
    paragraphs: [
      'Suh Byung-soo led the Korean delegation to Baku.',
      'The Korean delegation discussed energy with Bayramov.',
      'The Korean delegation also discussed education.',
      'The Korean delegation praised the Korean friendship group.',
    ],
  },
  { source: 'students.txt', paragraphs: ['About 200 Azerbaijani students study in Korea.'] },
  { source: 'copy.txt', paragraphs: ['About 200 Azerbaijani students study in Korea.'] },
  { source: 'bread.txt', paragraphs: ['Sourdough bread needs flour, water and salt.'] },
];

function retriever(extra: Partial<RetrieverDeps> = {}, options: Partial<RetrieverDeps['options']> = {}) {
  const c = corpus(docs);
  return { c, retriever: createRetriever({ lexical: c.lexical, passageByLabel: c.passageByLabel, options: { topK: 3, maxPassagesPerDocument: 2, ...options }, ...extra }) };
}

describe('createRetriever in lexical mode', () => {
  it('finds the passage, fills refs and timings, and reports lexical mode', async () => {
    const { retriever: r } = retriever();
    const result = await r.search('Who led the Korean delegation to Baku?');
    expect(r.mode).toBe('lexical');
    expect(result.mode).toBe('lexical');
    expect(result.passages[0]!.chunk.id).toBe('korea.txt#0');
    expect(result.passages[0]!.ref).toBe('koreatxt0000.0');
    expect(result.passages[0]!.denseSimilarity).toBeUndefined();
    expect(result.passages[0]!.lexicalScore).toBeGreaterThan(0);
    for (const key of ['embedMs', 'vectorMs', 'lexicalMs', 'fusionMs'] as const) expect(result.timings[key]).toBeGreaterThanOrEqual(0);
    // Corpus weights for the answer: "Korean" is in most passages, "Baku" in one.
    expect(result.wordWeights?.Baku).toBeGreaterThan(result.wordWeights!.Korean!);
    const relevances = result.passages.map((p) => p.relevance);
    expect([...relevances].sort((a, b) => b - a)).toEqual(relevances);
  });

  it('keeps one of two identical texts from different documents ahead of the other document passages', async () => {
    const { retriever: r } = retriever();
    const result = await r.search('How many Azerbaijani students study in Korea?', { k: 2 });
    const sources = result.passages.map((p) => p.chunk.source);
    expect(sources[0]).toMatch(/^(students|copy)\.txt$/);
    expect(sources).not.toEqual(expect.arrayContaining(['students.txt', 'copy.txt']));
  });

  it('holds a document to its quota while others have candidates, but never returns fewer than k', async () => {
    const { retriever: r } = retriever({}, { topK: 3, maxPassagesPerDocument: 1 });
    const result = await r.search('Korean delegation');
    expect(result.passages).toHaveLength(3);
    expect(result.passages[0]!.chunk.source).toBe('korea.txt');
    const wide = await r.search('Korean delegation', { k: 6 });
    expect(wide.passages.filter((p) => p.chunk.source === 'korea.txt').length).toBe(4);
  });

  it('pages with offset without repeating passages', async () => {
    const { retriever: r } = retriever({}, { topK: 2 });
    const first = await r.search('Korean delegation discussed');
    const next = await r.search('Korean delegation discussed', { offset: 2 });
    const ids = [...first.passages, ...next.passages].map((p) => p.chunk.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(next.passages.length).toBeGreaterThan(0);
  });

  it("counts a word a passage lacks but its document's first passage names, at a share", async () => {
    const lead = corpus([
      { source: 'interview.txt', paragraphs: ['Interview with ambassador Kwon Ki-chang.', 'He said exports of cotton grew last year.'] },
      { source: 'report.txt', paragraphs: ['A report on trade.', 'Exports of cotton grew, the ministry said last year.'] },
    ]);
    const search = (leadLabels: boolean) =>
      createRetriever({
        lexical: lead.lexical,
        passageByLabel: (label) => passageSource(lead.entries[label], leadLabels ? (label < 2 ? 0 : 2) : undefined),
        options: { topK: 2, maxPassagesPerDocument: 1 },
      }).search('What did Kwon Ki-chang say about cotton exports?');
    const relevance = (r: Awaited<ReturnType<typeof search>>, id: string) => r.passages.find((p) => p.chunk.id === id)?.relevance ?? 0;
    const [without, withLead] = [await search(false), await search(true)];
    expect(relevance(withLead, 'interview.txt#1')).toBeGreaterThan(relevance(without, 'interview.txt#1'));
    expect(relevance(withLead, 'report.txt#1')).toBeCloseTo(relevance(without, 'report.txt#1'), 9);
  });

  it('skips labels whose chunks are gone and returns nothing for unknown words', async () => {
    const c = corpus(docs);
    const r = createRetriever({ lexical: c.lexical, passageByLabel: (label) => (label === 0 ? undefined : c.passageByLabel(label)), options: { topK: 3, maxPassagesPerDocument: 2 } });
    expect((await r.search('Suh Byung-soo led')).passages.map((p) => p.chunk.id)).not.toContain('korea.txt#0');
    expect((await r.search('quantum chromodynamics')).passages).toEqual([]);
  });
});

describe('createRetriever in hybrid mode', () => {
  it('fuses dense and lexical hits, keeping both scores as similarities', async () => {
    const c = corpus(docs);
    // A fake dense index that only knows that bread.txt (label 8) and korea.txt#1 (label 1) are close.
    const vector = { search: (_v: Float32Array, k: number) => [{ label: 6, similarity: 0.9 }, { label: 1, similarity: 0.8 }].slice(0, k) };
    const queries: string[] = [];
    const r = createRetriever({
      lexical: c.lexical,
      vector,
      embedQuery: async (q) => {
        queries.push(q);
        return new Float32Array([1, 0]);
      },
      passageByLabel: c.passageByLabel,
      options: { topK: 3, maxPassagesPerDocument: 2 },
    });
    const result = await r.search('What did the Korean delegation discuss with Bayramov?');
    expect(r.mode).toBe('hybrid');
    expect(queries).toEqual(['What did the Korean delegation discuss with Bayramov?']);
    const top = result.passages[0]!;
    expect(top.chunk.id).toBe('korea.txt#1');
    expect(top.denseSimilarity).toBe(0.8);
    expect(top.lexicalScore).toBeGreaterThan(0);
    expect(result.passages).toHaveLength(3);
    // A dense-only hit that shares no word with the question still comes, with no lexical score.
    const all = await r.search('What did the Korean delegation discuss with Bayramov?', { k: 10 });
    const bread = all.passages.find((p) => p.chunk.source === 'bread.txt');
    expect(bread?.lexicalScore).toBeUndefined();
    expect(bread?.denseSimilarity).toBe(0.9);
  });

  /** Hybrid and lexical retrievers over the same passages, the dense index liking only passages that share no word with the question. */
  function denseLikesOtherPassages() {
    const c = corpus(docs);
    const vector = { search: (_v: Float32Array, k: number) => [3, 4, 5, 6].map((label, i) => ({ label, similarity: 0.99 - i * 0.01 })).slice(0, k) };
    const options = { topK: 2, maxPassagesPerDocument: 2 };
    const hybrid = createRetriever({ lexical: c.lexical, vector, embedQuery: async () => new Float32Array([1, 0]), passageByLabel: c.passageByLabel, options });
    const lexical = createRetriever({ lexical: c.lexical, passageByLabel: c.passageByLabel, options });
    return { hybrid, lexical, question: 'What did the Korean delegation discuss with Bayramov?' };
  }

  it('also gives the lexical top k that dense hits pushed out of its own top k, for the answer to be composed from', async () => {
    const { hybrid, lexical, question } = denseLikesOtherPassages();
    const [h, l] = [await hybrid.search(question), await lexical.search(question)];
    expect(h.passages).toHaveLength(2);
    const lexicalIds = l.passages.map((p) => p.chunk.id);
    const missing = lexicalIds.filter((id) => !h.passages.some((p) => p.chunk.id === id));
    expect(missing.length).toBeGreaterThan(0);
    expect((h.lexicalExtras ?? []).map((p) => p.chunk.id)).toEqual(missing);
    const composedFrom = answerPassages(h).map((p) => p.chunk.id);
    for (const id of lexicalIds) expect(composedFrom).toContain(id);
    // Later pages are the fused ranking alone.
    expect((await hybrid.search(question, { offset: 2 })).lexicalExtras).toBeUndefined();
  });

  it('keeps each page as lexical mode retrieves and scores it, for an abstention model fitted on lexical passages', async () => {
    const { hybrid, lexical, question } = denseLikesOtherPassages();
    const seen = (passages: readonly RetrievedPassage[] | undefined) => (passages ?? []).map((p) => [p.chunk.id, p.relevance, p.lexicalScore]);
    for (const offset of [0, 1]) {
      const [h, l] = [await hybrid.search(question, { offset }), await lexical.search(question, { offset })];
      expect(seen(h.lexicalRanking), `offset ${offset}`).toEqual(seen(l.passages));
      expect(h.lexicalRanking!.length).toBeGreaterThan(0);
      // The fused page differs: the dense hits came in.
      expect(seen(h.passages)).not.toEqual(seen(l.passages));
    }
    expect((await lexical.search(question)).lexicalRanking).toBeUndefined();
  });

  it("hands lexical mode's page over while the question is still being embedded, as the finished search gives it", async () => {
    const c = corpus(docs);
    let embedded: (vector: Float32Array) => void = () => {};
    const vector = { search: (_v: Float32Array, k: number) => [3, 4, 5, 6].map((label, i) => ({ label, similarity: 0.99 - i * 0.01 })).slice(0, k) };
    const hybrid = createRetriever({
      lexical: c.lexical,
      vector,
      embedQuery: () => new Promise<Float32Array>((resolve) => (embedded = resolve)),
      passageByLabel: c.passageByLabel,
      options: { topK: 2, maxPassagesPerDocument: 2 },
    });
    const pages: LexicalPage[] = [];
    const searching = hybrid.search('What did the Korean delegation discuss with Bayramov?', { whileEmbedding: (page) => pages.push(page) });
    // The vector has not come: the page is there already, once.
    await new Promise((resolve) => setImmediate(resolve));
    expect(pages).toHaveLength(1);
    embedded(new Float32Array([1, 0]));
    const result = await searching;
    expect(pages).toHaveLength(1);
    expect(pages[0]!.lexicalRanking.map((p) => [p.chunk.id, p.relevance])).toEqual(result.lexicalRanking!.map((p) => [p.chunk.id, p.relevance]));
    expect(pages[0]!.wordWeights).toEqual(result.wordWeights);
    expect(pages[0]!.unseenWords).toEqual(result.unseenWords);
    // In lexical mode there is no embedding to wait for, and no page handed over.
    const lexical = createRetriever({ lexical: c.lexical, passageByLabel: c.passageByLabel, options: { topK: 2, maxPassagesPerDocument: 2 } });
    await lexical.search('What did the Korean delegation discuss with Bayramov?', { whileEmbedding: (page) => pages.push(page) });
    expect(pages).toHaveLength(1);
  });
});
