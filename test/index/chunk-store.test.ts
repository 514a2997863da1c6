import { describe, expect, it } from 'vitest';
import { chunkRef } from '../../src/corpus/types.ts';
import { CHUNK_STORE_FORMAT, ChunkStore, chunkStoreFormat } from '../../src/index/chunk-store.ts';
import { SAMPLE_DOCUMENTS, makeDocument, twoSentenceChunks } from './fixtures.ts';
import { legacyChunkStoreJson } from './legacy-store.ts';

function storeOf(documents = SAMPLE_DOCUMENTS): ChunkStore {
  const store = ChunkStore.create();
  let label = 0;
  for (const doc of documents) store.addDocument(doc, twoSentenceChunks(doc).map((chunk) => ({ label: label++, chunk })));
  return store;
}

describe('ChunkStore', () => {
  it('round-trips documents and chunks, storing each document text once', () => {
    const store = storeOf();
    const file = store.serialize();
    const copy = ChunkStore.deserialize(file);
    expect([...copy.entries()]).toEqual([...store.entries()]);
    expect(copy.documents()).toEqual(store.documents());
    // Chunk and sentence texts are spans of the document text, not repeated in the file.
    expect(file.toString('latin1').split('Samsung opened an office.').length - 1).toBe(1);
  });

  it('keeps chunk and sentence texts that are not plain spans of the document', () => {
    const doc = SAMPLE_DOCUMENTS[0]!;
    const [first, ...rest] = twoSentenceChunks(doc);
    const odd = { ...first!, id: 'custom-id', text: 'A rewritten passage.', sentences: [{ ...first!.sentences[0]!, text: 'Rewritten.' }] };
    const store = ChunkStore.create();
    store.addDocument(doc, [odd, ...rest].map((chunk, label) => ({ label, chunk })));
    expect(ChunkStore.deserialize(store.serialize()).chunkByLabel(0)).toEqual(odd);
  });

  it('finds chunks by ref until their document is removed, and refuses reused labels', () => {
    const store = storeOf();
    const doc = SAMPLE_DOCUMENTS[2]!;
    const ref = chunkRef(doc.contentHash, 1);
    expect(store.chunkByRef(ref)?.source).toBe(doc.source);
    const labels = store.removeDocument(doc.source);
    expect(labels.length).toBeGreaterThan(0);
    expect(store.chunkByRef(ref)).toBeUndefined();
    expect(labels.map((label) => store.chunkByLabel(label))).toEqual(labels.map(() => undefined));
    expect(store.removeDocument(doc.source)).toEqual([]);
    expect(() => store.addDocument(doc, [{ label: 0, chunk: twoSentenceChunks(doc)[0]! }])).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });

  it('refuses malformed JSON with INDEX_CORRUPT', () => {
    for (const json of ['', '[]', '{"format":1,"documents":[42]}', '{"format":1,"documents":[{"source":"a","text":"x","contentHash":"h","meta":{"title":"t","language":"en"},"chunks":[{"label":0,"ordinal":0,"start":0,"end":9,"tokenCount":1,"sentences":[]}]}]}']) {
      expect(() => ChunkStore.deserialize(json)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    }
  });

  it('refuses numbers that do not fit the document, and files of the wrong size or kind, with INDEX_CORRUPT', () => {
    const good = storeOf().serialize();
    const sectionStart = Math.ceil((16 + good.readUInt32LE(12)) / 4) * 4;
    // The first document (a.txt): 2 chunks, 4 sentence spans. Its ints: labels 0-1, ordinals 2-3,
    // starts 4-5, ends 6-7, token counts 8-9, span offsets 10-12, spans 13-20.
    const forged: [string, number, number][] = [
      ['negative label', 0, -1],
      ['negative ordinal', 2, -1],
      ['start past the text', 5, 9999],
      ['negative end', 6, -1],
      ['span offsets going back', 11, 5],
      ['sentence past the text', 14, 100000],
    ];
    for (const [why, index, value] of forged) {
      const copy = Buffer.from(good);
      copy.writeInt32LE(value, sectionStart + 4 * index);
      expect(() => ChunkStore.deserialize(copy), why).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    }
    const otherFormat = Buffer.from(good);
    otherFormat.writeUInt32LE(99, 8);
    for (const bytes of [good.subarray(0, good.length - 4), Buffer.concat([good, Buffer.alloc(4)]), good.subarray(0, 20), otherFormat, Buffer.alloc(64)]) {
      expect(() => ChunkStore.deserialize(bytes)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    }
  });

  it('reads the previous format (one object per chunk and sentence) into the same chunks', () => {
    const store = storeOf();
    const text = legacyChunkStoreJson(store, (source) => SAMPLE_DOCUMENTS.find((d) => d.source === source)!.text);
    expect(chunkStoreFormat(Buffer.from(text))).toBe(1);
    expect(chunkStoreFormat(store.serialize())).toBe(CHUNK_STORE_FORMAT);
    expect([...ChunkStore.deserialize(text).entries()]).toEqual([...store.entries()]);
  });

  it('keeps texts beyond Latin-1 (Azerbaijani letters, emoji) exactly, offsets in UTF-16 units', () => {
    const doc = makeDocument('az.txt', 'Bakı şəhərində görüş keçirildi 🇦🇿. Çay süfrəsi açıldı.');
    const store = ChunkStore.create();
    store.addDocument(doc, twoSentenceChunks(doc).map((chunk, label) => ({ label, chunk })));
    const copy = ChunkStore.deserialize(store.serialize());
    expect([...copy.entries()]).toEqual([...store.entries()]);
    const chunk = copy.chunkByLabel(0)!;
    expect(chunk.text).toBe(doc.text.slice(chunk.start, chunk.end));
    expect(chunk.text).toContain("🇦🇿");
  });
});
