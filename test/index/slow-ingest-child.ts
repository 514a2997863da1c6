/**
 * Runs an ingest whose embedder is slow and reports each model call, so a test can kill the
 * process (SIGKILL) in the middle of the embedding.
 * Usage: node --import tsx slow-ingest-child.ts <seedsDir> <dataDir>
 * Prints one line per model call: {"embedded": <passages in this call>}.
 */
import { ingestCorpus } from '../../src/index/ingest.ts';
import { createFakeEmbedder } from './fake-embedder.ts';

const [seedsDir, dataDir] = process.argv.slice(2);
const fake = createFakeEmbedder();
const slow = {
  ...fake,
  countPassageTokens: fake.countPassageTokens,
  embedPassages: async (texts: readonly string[]) => {
    const vectors = await fake.embedPassages(texts);
    // Reported before returning: a kill after this line may still lose this call's vectors.
    process.stdout.write(JSON.stringify({ embedded: texts.length }) + '\n');
    await new Promise((resolve) => setTimeout(resolve, 20));
    return vectors;
  },
};
await ingestCorpus({ seedsDir: seedsDir!, dataDir: dataDir!, embedder: slow, chunking: { maxTokens: 48, overlapSentences: 0 }, hnsw: { m: 8, efConstruction: 50 }, embedBatchSize: 2 });
process.stdout.write(JSON.stringify({ done: true }) + '\n');
