import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Chunk, SourceDocument } from '../../src/corpus/types.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { ChunkStore } from '../../src/index/chunk-store.ts';
import { LexicalIndex } from '../../src/index/lexical.ts';
import type { IndexSnapshot } from '../../src/index/store.ts';
import { CURRENT_FILE, FILES } from '../../src/index/store.ts';
import { VectorIndex } from '../../src/index/vector.ts';

export function makeTempDir(prefix: string, registry: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  registry.push(dir);
  return dir;
}

export function makeDocument(source: string, text: string): SourceDocument {
  return {
    source,
    contentHash: crypto.createHash('sha256').update(text).digest('hex'),
    text,
    meta: { title: source, language: 'en' },
  };
}

/** Hand-made chunking: two sentences per chunk, sentence spans into the document text. */
export function twoSentenceChunks(doc: SourceDocument): Chunk[] {
  const sentences = [...doc.text.matchAll(/[^.]+\./g)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    return { start, end, text: doc.text.slice(start, end) };
  });
  const chunks: Chunk[] = [];
  for (let i = 0; i < sentences.length; i += 2) {
    const group = sentences.slice(i, i + 2);
    const start = group[0]!.start;
    const end = group[group.length - 1]!.end;
    const ordinal = chunks.length;
    chunks.push({ id: `${doc.source}#${ordinal}`, source: doc.source, ordinal, start, end, text: doc.text.slice(start, end), sentences: group, tokenCount: end - start });
  }
  return chunks;
}

export const SAMPLE_DOCUMENTS: readonly SourceDocument[] = [
  makeDocument('a.txt', 'Baku hosted the Korean trade delegation. Samsung opened an office. The ministers signed a memorandum. Tea was served.'),
  makeDocument('b.txt', 'Seoul welcomed the Azerbaijani minister. They discussed energy and shipping. A cultural festival followed in Busan.'),
  makeDocument('c.txt', 'Students from Ganja studied in Daejeon. The exchange program grew every year. Scholarships doubled.'),
];

/** A hybrid snapshot of documents, embedded with `embedder`, labels from 0. */
export async function buildSnapshot(documents: readonly SourceDocument[], embedder: Embedder): Promise<IndexSnapshot> {
  const store = ChunkStore.create();
  const lexical = LexicalIndex.create();
  const vector = VectorIndex.create({ dimension: embedder.dimension, capacity: 4, m: 8, efConstruction: 50 });
  let nextLabel = 0;
  for (const doc of documents) {
    const chunks = twoSentenceChunks(doc).map((chunk) => ({ label: nextLabel++, chunk }));
    const vectors = await embedder.embedPassages(chunks.map((c) => c.chunk.text));
    chunks.forEach((c, i) => vector.add(c.label, vectors[i]!));
    lexical.add(chunks.map((c) => ({ label: c.label, text: c.chunk.text })));
    store.addDocument(doc, chunks);
  }
  return {
    mode: 'hybrid',
    model: { id: embedder.modelId, dimension: embedder.dimension, maxTokens: embedder.maxTokens },
    chunking: { tokenizer: embedder.modelId, maxTokens: 200, overlapSentences: 0 },
    store,
    lexical,
    vector,
    nextLabel,
  };
}

function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function currentFolder(dataDir: string): string {
  const pointer = JSON.parse(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')) as { folder: string };
  return path.join(dataDir, pointer.folder);
}

/**
 * Plays a forger: after files of the current generation were altered, rewrites the manifest's
 * checksums (and CURRENT's) so that only deeper checks can catch the alteration.
 */
export function resealCurrent(dataDir: string, editManifest: (manifest: Record<string, any>) => void = () => {}): void {
  const folder = currentFolder(dataDir);
  const manifestPath = path.join(folder, FILES.manifest);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, any>;
  for (const name of Object.keys(manifest.files)) {
    const bytes = fs.readFileSync(path.join(folder, name));
    manifest.files[name] = { bytes: bytes.length, sha256: sha256(bytes) };
  }
  editManifest(manifest);
  const text = Buffer.from(JSON.stringify(manifest));
  fs.writeFileSync(manifestPath, text);
  fs.writeFileSync(path.join(dataDir, CURRENT_FILE), JSON.stringify({ folder: path.basename(folder), manifestSha256: sha256(text) }));
}

/** Rewrites the current manifest as format version 1 wrote it: every document with its content hash and chunk labels. */
export function downgradeManifestToVersion1(dataDir: string, store: ChunkStore): void {
  resealCurrent(dataDir, (manifest) => {
    manifest.formatVersion = 1;
    delete manifest.corpusDigest;
    manifest.documents = Object.fromEntries(store.documents().map((doc) => [doc.source, { contentHash: doc.contentHash, chunkLabels: [...doc.chunkLabels] }]));
  });
}
