/**
 * The answer pipeline built from the seeds without the engine, for quality tests and the eval
 * script: load → chunk (approximate token counter, 200 tokens, 1 sentence overlap) → BM25 index
 * (and, when an embedder is given, a brute-force dense index) → retriever → composeAnswer.
 */
import { fileURLToPath } from 'node:url';
import { traceAnswer, traceAnswerDecidedOn } from '../../src/answer/compose.ts';
import type { Answer } from '../../src/answer/types.ts';
import { chunkDocument } from '../../src/corpus/chunk.ts';
import { loadDocuments } from '../../src/corpus/load.ts';
import { approximateTokenCounter, passageTokenCounter } from '../../src/corpus/tokens.ts';
import { chunkRef } from '../../src/corpus/types.ts';
import type { Chunk, DocumentMeta } from '../../src/corpus/types.ts';
import { indexedPassageText } from '../../src/index/passage-text.ts';
import { LexicalIndex } from '../../src/index/lexical.ts';
import { readEvalFile } from '../../src/eval/run.ts';
import { createRetriever } from '../../src/retrieval/hybrid.ts';
import { readSpelling } from '../../src/retrieval/spelling.ts';
import { SETTINGS } from '../../src/settings.ts';
import { answerPassages } from '../../src/retrieval/types.ts';
import type { RetrievedPassage } from '../../src/retrieval/types.ts';
import type { PassageSource, Retriever } from '../../src/retrieval/hybrid.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The retriever's view (PassageSource) of a chunk with its document's metadata and content hash. */
export function passageSource(entry: { chunk: Chunk; meta: DocumentMeta; contentHash: string } | undefined, leadLabel?: number): PassageSource | undefined {
  if (entry === undefined) return undefined;
  return { source: entry.chunk.source, meta: entry.meta, contentHash: entry.contentHash, chunk: () => entry.chunk, ...(leadLabel !== undefined ? { leadLabel } : {}) };
}

/** The questions of the dev and extra eval sets (test/fixtures/eval), in file order. */
export async function devAndExtraQuestions(): Promise<string[]> {
  const sets = ['seeds-dev.jsonl', 'seeds-extra.jsonl'].map((name) => readEvalFile(fileURLToPath(new URL(`../fixtures/eval/${name}`, import.meta.url))));
  return (await Promise.all(sets)).flat().map((question) => question.q);
}

/** Embeds passages and questions; chunks are sized with its token counter and limit. */
export interface PipelineEmbedder {
  maxTokens: number;
  countTokens(text: string): number;
  passages(texts: string[]): Promise<Float32Array[]>;
  query(text: string): Promise<Float32Array>;
}

export interface PipelineOptions {
  seedsDir?: string;
  /** When given, retrieval is hybrid. */
  embed?: PipelineEmbedder;
  topK?: number;
  maxPassagesPerDocument?: number;
  maxSentences?: number;
}

export interface Pipeline {
  retriever: Retriever;
  ask(question: string): Promise<Answer>;
  chunks: { chunk: Chunk; meta: DocumentMeta; contentHash: string }[];
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export async function buildPipeline(options: PipelineOptions = {}): Promise<Pipeline> {
  const { documents } = await loadDocuments(options.seedsDir ?? SEEDS_DIR);
  const chunks = documents.flatMap((doc) =>
    chunkDocument(doc, {
      countTokens: options.embed === undefined ? approximateTokenCounter : passageTokenCounter(options.embed.countTokens, options.embed.maxTokens, 200),
      maxTokens: 200,
      overlapSentences: 1,
    }).map((chunk) => ({
      chunk,
      meta: doc.meta,
      contentHash: doc.contentHash,
    })),
  );
  const firstLabel = new Map<string, number>();
  chunks.forEach((c, label) => firstLabel.has(c.chunk.source) || firstLabel.set(c.chunk.source, label));
  const leadLabels = chunks.map((c) => firstLabel.get(c.chunk.source)!);
  const lexical = LexicalIndex.create();
  lexical.add(chunks.map((c, label) => ({ label, text: indexedPassageText(c.chunk, c.meta) })));

  let dense: Parameters<typeof createRetriever>[0]['vector'];
  if (options.embed !== undefined) {
    const vectors = await options.embed.passages(chunks.map((c) => c.chunk.text));
    dense = {
      search: (vector, k) =>
        vectors
          .map((v, label) => ({ label, similarity: dot(v, vector) }))
          .sort((a, b) => b.similarity - a.similarity)
          .slice(0, k),
    };
  }
  const topK = options.topK ?? Number(SETTINGS.topK.default);
  const retriever = createRetriever({
    lexical,
    ...(dense !== undefined && options.embed !== undefined ? { vector: dense, embedQuery: (q: string) => options.embed!.query(q) } : {}),
    passageByLabel: (label) => passageSource(chunks[label], leadLabels[label]),
    options: { topK, maxPassagesPerDocument: options.maxPassagesPerDocument ?? Number(SETTINGS.maxPassagesPerDocument.default) },
  });
  const maxSentences = options.maxSentences ?? 3;
  return {
    retriever,
    chunks,
    async ask(typed: string) {
      // As the engine reads it: typing slips as the passages' words.
      const question = readSpelling(typed, (word) => lexical.spellingOf(word));
      const result = await retriever.search(question);
      const found = answerPassages(result);
      // As the engine gives them: the passages of the rank-th article that retrieval left out.
      const articlePassagesOf = (from: readonly RetrievedPassage[]) => (rank: number) => {
        const source = [...new Set(from.map((p) => p.chunk.source))][rank];
        const best = from.find((p) => p.chunk.source === source);
        if (best === undefined) return [];
        const taken = new Set(from.filter((p) => p.chunk.source === best.chunk.source).map((p) => p.chunk.ordinal));
        return chunks
          .filter((c) => c.chunk.source === best.chunk.source && !taken.has(c.chunk.ordinal))
          .map((c) => ({ chunk: c.chunk, meta: c.meta, relevance: best.relevance, ref: chunkRef(c.contentHash, c.chunk.ordinal) }));
      };
      const optionsFor = (from: readonly RetrievedPassage[]) => ({ maxSentences, wordWeights: result.wordWeights, unseenWords: result.unseenWords, evidence: result.evidence, articlePassages: articlePassagesOf(from) });
      // As the engine decides without an abstention model fitted for the embedding model: on the lexical passages.
      return (result.lexicalRanking !== undefined ? traceAnswerDecidedOn(question, found, result.lexicalRanking, optionsFor) : traceAnswer(question, found, optionsFor(found))).answer;
    },
  };
}
