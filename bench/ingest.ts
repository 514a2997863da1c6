/**
 * Ingest section: the whole pipeline against the model alone on the same passages, the padding
 * each order of passages costs, the stages on their own, and re-ingests of unchanged corpora.
 */
import { analyzeWords } from '../src/corpus/terms.ts';
import { chunkDocument } from '../src/corpus/chunk.ts';
import { loadDocuments } from '../src/corpus/load.ts';
import { passageTokenCounter } from '../src/corpus/tokens.ts';
import type { Embedder } from '../src/embed/types.ts';
import { prepareIndex } from '../src/engine.ts';
import { loadIndex } from '../src/index/store.ts';
import { SEED, configFor, countingEmbedder, loadModel, newCounts, tempDir, timed } from './context.ts';
import type { Context } from './context.ts';
import { createSyntheticSeedsDir } from './synthetic.ts';
import { syntheticVectorEmbedder } from './vectors.ts';

/** Share of the model's input positions that are real tokens when each call is sorted by length and cut into batches. */
export function paddingEfficiency(tokenCounts: readonly number[], callSize: number, batchSize: number): number {
  let real = 0;
  let computed = 0;
  for (let start = 0; start < tokenCounts.length; start += callSize) {
    const call = tokenCounts.slice(start, start + callSize).sort((a, b) => a - b);
    for (let b = 0; b < call.length; b += batchSize) {
      const batch = call.slice(b, b + batchSize);
      real += batch.reduce((sum, n) => sum + n, 0);
      computed += batch.at(-1)! * batch.length;
    }
  }
  return computed === 0 ? 1 : real / computed;
}

export interface IngestResult {
  documents: number;
  passages: number;
  modelLoadMs: number;
  /** longestEventLoopPauseMs: the longest the event loop went without a turn, how long a bot adding documents keeps its chats waiting. */
  pipeline: { ms: number; cpuMs: number; passagesPerSecond: number; embedMsInside: number; embedCalls: number; otherMs: number; longestEventLoopPauseMs: number; analyzerStartMs: number };
  modelAloneSorted: { ms: number; cpuMs: number; passagesPerSecond: number };
  /** The model alone in calls of EMBED_BATCH_SIZE in document order: how ingest called it before it sorted passages by length. */
  modelAloneDocumentOrder: { ms: number; cpuMs: number; passagesPerSecond: number; callSize: number };
  /** Model-alone time / pipeline time (wall clock): the throughput ratio. */
  ratio: number;
  /** The same ratio in CPU time, which other processes on the machine disturb less. */
  cpuRatio: number;
  /** Real tokens / tokens computed: sorted by length (as ingest calls the model), and in document order. */
  paddingEfficiency: { sortedGlobally: number; documentOrder: number };
  stages: { loadDocumentsMs: number; chunkWithModelTokenizerMs: number; tokenizerCalls: number; tokenizedCharsPerDocumentChar: number };
  reingestSameCorpus: { ms: number; embedCalls: number; unchanged: boolean };
  reingest: { documents: number; passages: number; ms: number; embedCalls: number; unchanged: boolean };
}

/** Runs `work` while a 1 ms timer notes the longest the event loop went without a turn. */
async function longestEventLoopPause<T>(work: () => Promise<T>): Promise<{ result: T; longestPauseMs: number }> {
  let last = performance.now();
  let longest = 0;
  const note = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(note, 1);
  try {
    const result = await work();
    note();
    return { result, longestPauseMs: longest };
  } finally {
    clearInterval(timer);
  }
}

export async function benchIngest(ctx: Context): Promise<IngestResult> {
  const corpus = createSyntheticSeedsDir(ctx.material, { documents: ctx.sizes.ingestDocuments, seed: SEED });
  ctx.temporary.push(corpus.dir);
  const dataDir = tempDir(ctx, 'bench-ingest-');
  const config = configFor(ctx, corpus.dir, dataDir);
  const { embedder, loadMs } = await loadModel(ctx, config);
  try {
    const counts = newCounts();
    // A bot adding documents has read questions before: the analyzer's one-time start (its
    // lexicon and stemmers made ready on first use) is timed on its own, not as a pause of ingest.
    const analyzerStart = await timed(async () => analyzeWords('Korea Azerbaijan Корея Azərbaycan 한국 아제르바이잔'));
    ctx.progress(`ingest: ${corpus.documents.length} documents through the whole pipeline`);
    const { result: pipeline, longestPauseMs } = await longestEventLoopPause(() => timed(() => prepareIndex(config, { createEmbedder: async () => countingEmbedder(embedder, counts) })));
    const prepared = pipeline.result;
    const pipelineMs = pipeline.ms;
    const passages = prepared.ingest?.chunks ?? 0;

    const index = loadIndex(dataDir, { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension });
    const entries = [...index.store.entries()].sort((a, b) => a.label - b.label);
    const texts = entries.map((e) => e.chunk.text);
    const tokenCounts = entries.map((e) => e.chunk.tokenCount);

    ctx.progress(`ingest: model alone on the same ${texts.length} passages, sorted by length`);
    const sorted = await timed(() => embedder.embedPassages(texts));
    const sortedMs = sorted.ms;

    ctx.progress('ingest: model alone, in document order');
    const callSize = config.embedBatchSize;
    const documentOrder = await timed(async () => {
      for (let i = 0; i < texts.length; i += callSize) await embedder.embedPassages(texts.slice(i, i + callSize));
    });
    const documentOrderMs = documentOrder.ms;

    // Where the rest of the pipeline's time goes, measured on its own.
    let started = performance.now();
    const { documents } = await loadDocuments(corpus.dir);
    const loadDocumentsMs = performance.now() - started;
    let tokenizerCalls = 0;
    let tokenizedChars = 0;
    started = performance.now();
    for (const doc of documents) {
      // As ingest chunks (passageTokenCounter): the estimate, and the model's count for its window.
      const modelCount = (text: string) => {
        tokenizerCalls++;
        tokenizedChars += text.length;
        return embedder.countPassageTokens(text);
      };
      chunkDocument(doc, {
        countTokens: passageTokenCounter(modelCount, embedder.maxTokens, config.chunkMaxTokens),
        maxTokens: config.chunkMaxTokens,
        overlapSentences: config.chunkOverlapSentences,
      });
    }
    const chunkMs = performance.now() - started;
    const documentChars = documents.reduce((sum, d) => sum + d.text.length, 0);

    ctx.progress('ingest: re-ingest of the unchanged corpus');
    const again = newCounts();
    started = performance.now();
    const second = await prepareIndex(config, { createEmbedder: async () => countingEmbedder(embedder, again) });
    const reingestSameMs = performance.now() - started;

    const reingest = await benchReingest(ctx, embedder);
    return {
      documents: corpus.documents.length,
      passages,
      modelLoadMs: loadMs,
      pipeline: {
        ms: pipelineMs,
        cpuMs: pipeline.cpuMs,
        passagesPerSecond: (passages / pipelineMs) * 1000,
        embedMsInside: counts.passageMs,
        embedCalls: counts.passageCalls,
        otherMs: pipelineMs - counts.passageMs,
        longestEventLoopPauseMs: longestPauseMs,
        analyzerStartMs: analyzerStart.ms,
      },
      modelAloneSorted: { ms: sortedMs, cpuMs: sorted.cpuMs, passagesPerSecond: (texts.length / sortedMs) * 1000 },
      modelAloneDocumentOrder: { ms: documentOrderMs, cpuMs: documentOrder.cpuMs, passagesPerSecond: (texts.length / documentOrderMs) * 1000, callSize },
      ratio: sortedMs / pipelineMs,
      cpuRatio: sorted.cpuMs / pipeline.cpuMs,
      paddingEfficiency: {
        sortedGlobally: paddingEfficiency(tokenCounts, tokenCounts.length, config.embedBatchSize),
        documentOrder: paddingEfficiency(tokenCounts, callSize, config.embedBatchSize),
      },
      stages: { loadDocumentsMs, chunkWithModelTokenizerMs: chunkMs, tokenizerCalls, tokenizedCharsPerDocumentChar: tokenizedChars / Math.max(1, documentChars) },
      reingestSameCorpus: { ms: reingestSameMs, embedCalls: again.passageCalls, unchanged: second.ingest?.unchanged ?? false },
      reingest,
    };
  } finally {
    await embedder.dispose();
  }
}

/** A corpus of reingestDocuments indexed once (synthetic vectors), then ingested again unchanged with the real model. */
export async function benchReingest(ctx: Context, embedder: Embedder): Promise<IngestResult['reingest']> {
  const corpus = createSyntheticSeedsDir(ctx.material, { documents: ctx.sizes.reingestDocuments, seed: SEED + 1 });
  ctx.temporary.push(corpus.dir);
  const dataDir = tempDir(ctx, 'bench-reingest-');
  const config = configFor(ctx, corpus.dir, dataDir);
  ctx.progress(`ingest: first ingest of ${corpus.documents.length} documents (synthetic vectors, real tokenizer)`);
  const first = await prepareIndex(config, { createEmbedder: async () => syntheticVectorEmbedder(embedder, SEED) });
  ctx.progress(`ingest: re-ingest of the unchanged ${corpus.documents.length} documents with the model`);
  const counts = newCounts();
  const started = performance.now();
  const second = await prepareIndex(config, { createEmbedder: async () => countingEmbedder(embedder, counts) });
  const reingestMs = performance.now() - started;
  return {
    documents: corpus.documents.length,
    passages: first.ingest?.chunks ?? 0,
    ms: reingestMs,
    embedCalls: counts.passageCalls,
    unchanged: second.ingest?.unchanged ?? false,
  };
}
