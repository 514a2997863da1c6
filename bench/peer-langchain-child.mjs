/**
 * The peer pipeline of `npm run bench -- --peer`: LangChain.js as its documentation shows it
 * (RecursiveCharacterTextSplitter 1000/200, HuggingFaceTransformersEmbeddings, HNSWLib with its
 * defaults), ingesting a folder of plain-text files and answering questions with a bare top-5
 * similaritySearch. bench/peer.ts copies this file into the folder the peer is installed in, so
 * its imports resolve to the peer's packages and never to the project's. Run as
 *   node peer-langchain-child.mjs <corpusDir> <modelsDir> <modelId> <workDir>
 * and speaks the line protocol of bench/peer.ts (QuestionChild): its ingest as one JSON line, then
 * one JSON line per question it is sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const [corpusDir, modelsDir, modelId, workDir] = process.argv.slice(2);
if (workDir === undefined) throw new Error('usage: peer-langchain-child.mjs <corpusDir> <modelsDir> <modelId> <workDir>');

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Peak resident memory of this process so far (ru_maxrss, reported by Node in KiB). */
const peakRssBytes = () => process.resourceUsage().maxRSS * 1024;

const { env } = await import('@xenova/transformers');
// The bench model from the local models folder only: nothing may be fetched.
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = modelsDir.endsWith('/') ? modelsDir : `${modelsDir}/`;
env.cacheDir = path.join(workDir, 'transformers-cache');
const { Document } = await import('@langchain/core/documents');
const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
const { HuggingFaceTransformersEmbeddings } = await import('@langchain/community/embeddings/hf_transformers');
const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
const baseline = { rss: process.memoryUsage().rss, peakRss: peakRssBytes() };

const cpuStart = cpuMs();
const started = performance.now();
const files = fs.readdirSync(corpusDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
const documents = files.map((file) => new Document({ pageContent: fs.readFileSync(path.join(corpusDir, file), 'utf8'), metadata: { source: file } }));
const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
const passages = await splitter.splitDocuments(documents);
const embeddings = new HuggingFaceTransformersEmbeddings({ model: modelId });
const store = await HNSWLib.fromDocuments(passages, embeddings);
await store.save(path.join(workDir, 'hnswlib'));
const ingest = {
  documents: documents.length,
  characters: documents.reduce((sum, d) => sum + d.pageContent.length, 0),
  passages: passages.length,
  ms: performance.now() - started,
  cpuMs: cpuMs() - cpuStart,
  peakRssBytes: peakRssBytes(),
};

process.stdout.write(JSON.stringify({ ingest, baseline }) + '\n');

// Then one question per line of standard input, answered with a bare top-5 search, one JSON line back each.
let questionCpuMs = 0;
let answered = 0;
for await (const line of readline.createInterface({ input: process.stdin })) {
  const question = JSON.parse(line);
  const cpuStart = cpuMs();
  const t = performance.now();
  await store.similaritySearch(question, 5);
  const ms = performance.now() - t;
  questionCpuMs += cpuMs() - cpuStart;
  answered++;
  process.stdout.write(JSON.stringify({ ms }) + '\n');
}
process.stdout.write(JSON.stringify({ cpuMsPerQuestion: questionCpuMs / Math.max(1, answered) }) + '\n');
