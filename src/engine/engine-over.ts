import { answerDecided, decideOn, traceAnswer } from '../answer/compose.ts';
import type { Decision } from '../answer/compose.ts';
import type { ComposeOptions } from '../answer/compose.ts';
import { isLexicalOnPurpose } from '../config.ts';
import type { Config } from '../config.ts';
import { memoized } from '../corpus/fold.ts';
import { chunkRef, publishedDate } from '../corpus/types.ts';
import type { PartialDate } from '../corpus/types.ts';
import { createBatchingEmbedder } from '../embed/batching.ts';
import { createQueryCachingEmbedder } from '../embed/query-cache.ts';
import type { Embedder } from '../embed/types.ts';
import { describeError } from '../errors.ts';
import type { LoadedIndex } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { asksBeyond, normalizeQuestion } from '../question.ts';
import { createRetriever } from '../retrieval/hybrid.ts';
import { readSpelling } from '../retrieval/spelling.ts';
import type { LexicalPage, SearchOptions } from '../retrieval/hybrid.ts';
import { answerPassages } from '../retrieval/types.ts';
import type { RetrievalResult, RetrievedPassage } from '../retrieval/types.ts';
import type { RetrievalMode } from '../retrieval/types.ts';
import { fittedAbstentionModel } from './models.ts';
import type { AskOptions, CorpusSummary, DocumentSummary, TracedAnswer, TracingEngine } from './types.ts';

function compareDates(a: PartialDate, b: PartialDate): number {
  return (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

export function summarizeCorpus(documents: readonly DocumentSummary[]): CorpusSummary {
  const outlets = [...new Set(documents.flatMap((d) => (d.meta.outlet === undefined ? [] : [d.meta.outlet])))].sort();
  // Only dated documents with a year place the corpus in time; "May 23" alone cannot.
  const dated = documents.flatMap((d) => {
    const published = publishedDate(d.meta);
    return published?.year === undefined ? [] : [published];
  }).sort(compareDates);
  return { documents: documents.length, outlets, earliest: dated[0], latest: dated.at(-1) };
}

export function engineOver(
  index: LoadedIndex,
  config: Config,
  embedder: Embedder | undefined,
  modelError: string | undefined,
  logger: Logger,
  indexStale?: string,
): TracingEngine {
  const queryEmbedder =
    embedder === undefined
      ? undefined
      : createQueryCachingEmbedder(createBatchingEmbedder(embedder, { windowMs: config.queryBatchWindowMs, maxBatch: config.embedBatchSize }), config.queryVectorCache);
  const vector = index.vector;
  const retriever = createRetriever({
    lexical: index.lexical,
    ...(vector !== undefined && queryEmbedder !== undefined
      ? {
          vector: { search: (v: Float32Array, k: number) => vector.search(v, k, config.hnswEfSearch) },
          embedQuery: (q: string) => queryEmbedder.embedQuery(q),
        }
      : {}),
    passageByLabel: (label) => {
      const doc = index.documentByLabel(label);
      // The index does not change under the engine: a label whose document is found has its chunk.
      return doc === undefined
        ? undefined
        : { source: doc.source, meta: doc.meta, contentHash: doc.contentHash, chunk: () => index.chunkByLabel(label)!, leadLabel: doc.chunkLabels[0] };
    },
    options: { topK: config.topK, maxPassagesPerDocument: config.maxPassagesPerDocument },
  });

  const documents: DocumentSummary[] = index
    .documents()
    .map((d) => ({ source: d.source, meta: d.meta, chunks: d.chunkLabels.length }))
    .sort((a, b) => a.source.localeCompare(b.source));
  const corpus = summarizeCorpus(documents);
  const mode: RetrievalMode = retriever.mode;
  const abstention = fittedAbstentionModel(config, mode === 'hybrid' ? config.embeddingModel : 'lexical', logger);
  // A model that failed to load was already reported loudly; say it here only for other causes.
  if (mode === 'lexical' && modelError === undefined && indexStale === undefined && !isLexicalOnPurpose(config.embeddingModel)) {
    logger.warn('retrieval mode: lexical only: the index has no vectors');
  }

  /** The passages of the rank-th retrieved article (0: the best) that retrieval left out, as relevant as its best retrieved one. */
  function otherPassagesOf(found: readonly RetrievedPassage[], rank: number): RetrievedPassage[] {
    const source = [...new Set(found.map((p) => p.chunk.source))][rank];
    const best = found.find((p) => p.chunk.source === source);
    const doc = best === undefined ? undefined : index.document(best.chunk.source);
    if (best === undefined || doc === undefined) return [];
    const taken = new Set(found.filter((p) => p.chunk.source === best.chunk.source).map((p) => p.chunk.ordinal));
    return doc.chunkLabels.flatMap((label) => {
      const chunk = index.chunkByLabel(label);
      return chunk === undefined || taken.has(chunk.ordinal) ? [] : [{ chunk, meta: doc.meta, relevance: best.relevance, ref: chunkRef(doc.contentHash, chunk.ordinal) }];
    });
  }

  // A word's reading depends only on the index, which does not change under the engine, and questions repeat their words.
  const spellingOf = memoized((word: string) => index.lexical.spellingOf(word) ?? null);
  /** The question with its typing slips read as the passages' words (see retrieval/spelling.ts). */
  const read = (text: string) => readSpelling(text, (word) => spellingOf(word) ?? undefined);

  /**
   * Retrieves for `typed` (read as the passages write it) and composes the answer; `typedAsked` is
   * what the user asked (its question word sets the answer kind); `leaveOut` the sentences a
   * follow-up asks beyond.
   */
  async function answerFor(typed: string, typedAsked: string, search: SearchOptions, options: AskOptions, leaveOut?: readonly string[]): Promise<TracedAnswer> {
    const question = read(typed);
    const asked = typedAsked === typed ? question : read(typedAsked);
    const offset = search.offset ?? 0;
    const optionsFor = (passages: readonly RetrievedPassage[], retrieved: LexicalPage | RetrievalResult): ComposeOptions => ({
      articlePassages: (rank) => otherPassagesOf(passages, rank),
      maxSentences: config.maxAnswerSentences,
      wordWeights: retrieved.wordWeights,
      unseenWords: retrieved.unseenWords,
      evidence: retrieved.evidence,
      kindFrom: asked,
      ...(leaveOut !== undefined ? { leaveOut } : {}),
      ...(search.sources !== undefined && typedAsked !== typed ? { asking: asked } : {}),
      ...(typedAsked !== typed ? { threadContext: true } : {}),
      ...(abstention !== undefined ? { abstention } : {}),
      neverAbstain: options.neverAbstain === true,
    });
    // Without an abstention model fitted for the embedding model, lexical mode's passages decide
    // (traceAnswerDecidedOn), and they are known before the question's vector: decided meanwhile.
    const lexicalDecides = abstention === undefined && options.neverAbstain !== true;
    let decision: Decision | undefined;
    let decidingMs = 0;
    const decide = (page: LexicalPage) => {
      const decidingStarted = performance.now();
      decision = decideOn(question, page.lexicalRanking, optionsFor(page.lexicalRanking, page));
      decidingMs = performance.now() - decidingStarted;
    };
    const retrieval = await retriever.search(question, lexicalDecides ? { ...search, whileEmbedding: decide } : search);
    const started = performance.now();
    const found = answerPassages(retrieval);
    const traced = decision !== undefined ? answerDecided(question, found, decision, optionsFor(found, retrieval)) : traceAnswer(question, found, optionsFor(found, retrieval));
    // Typing slips read as other words are said above the answer.
    const composed = { ...traced.answer, question: typed, ...(asked !== typedAsked && !traced.answer.abstained ? { readAs: asked } : {}) };
    // A full page means there may be more passages behind it; a short page was the last one.
    const full = retrieval.passages.length >= config.topK;
    const answer = !composed.abstained && full ? { ...composed, nextOffset: offset + retrieval.passages.length } : composed;
    const composeMs = decidingMs + performance.now() - started;
    logger.debug('answered', { mode, passages: retrieval.passages.length, abstained: answer.abstained, ...retrieval.timings, composeMs });
    return { answer, retrieval, composeMs, ...(traced.features !== undefined ? { features: traced.features } : {}), ...(traced.firstChoice !== undefined ? { firstChoice: traced.firstChoice } : {}), ...(traced.articleChoice !== undefined ? { articleChoice: traced.articleChoice } : {}) };
  }

  async function askTraced(question: string, options: AskOptions = {}): Promise<TracedAnswer> {
    const normalized = normalizeQuestion(question, config.maxQuestionChars);
    const offset = options.offset ?? 0;
    const followUp = options.followUp;
    if (followUp === undefined) return answerFor(normalized, normalized, { offset }, options);
    // A follow-up ("and when was that?") is about the answer it replies to: the earlier question's
    // words find the passages among the documents that answer cited (the document of its first
    // sentence first, the event it was about, then all of them). That answer is kept unless it
    // declines, or the whole corpus covers the question better ("... and in Seoul?" when the
    // cited article is about Baku).
    const combined = `${followUp.question} ${normalized}`;
    // "Who else was there?" asks beyond the answer it follows: its sentences are not answers again.
    const leaveOut = asksBeyond(normalized) ? followUp.shown : undefined;
    const everywhere = await answerFor(combined, normalized, { offset }, options, leaveOut);
    const scopes = [...new Set([followUp.sources.slice(0, 1), followUp.sources].filter((s) => s.length > 0).map((s) => s.join('\n')))];
    for (const scope of scopes) {
      const within = await answerFor(combined, normalized, { offset, sources: new Set(scope.split('\n')) }, options, leaveOut);
      if (!within.answer.abstained && (within.features?.coverage ?? 0) >= (everywhere.features?.coverage ?? 0)) return within;
    }
    return everywhere;
  }

  return {
    ask: async (question, options) => (await askTraced(question, options)).answer,
    askTraced,
    status: () => ({
      mode,
      modelId: config.embeddingModel,
      ...(modelError !== undefined ? { modelError } : {}),
      ...(index.manifest.model !== null && mode === 'hybrid' ? { dimension: index.manifest.model.dimension } : {}),
      documents: index.manifest.counts.documents,
      chunks: index.manifest.counts.chunks,
      builtAt: index.manifest.createdAt,
      ...(indexStale !== undefined ? { indexStale } : {}),
    }),
    documents: () => documents,
    corpusSummary: () => corpus,
    passage: (ref) => {
      const chunk = index.chunkByRef(ref);
      const doc = chunk === undefined ? undefined : index.document(chunk.source);
      return chunk === undefined || doc === undefined ? undefined : { chunk, meta: doc.meta };
    },
    close: async () => {
      try {
        await queryEmbedder?.dispose();
      } catch (error) {
        logger.warn('closing the embedding model failed', { error: describeError(error) });
      }
    },
  };
}
