import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/load.ts';
import { ingestCorpus } from '../../src/index/ingest.ts';
import { indexedPassageText } from '../../src/index/passage-text.ts';
import { buildLexicalIndex, loadIndex } from '../../src/index/store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('indexedPassageText', () => {
  it("adds the month and year of the document's date to its first passage only", () => {
    const doc = parseDocument('visit.txt', Buffer.from('Aliyev received the speaker\n\nBAKU, August 19, 2021. President Aliyev received the Korean speaker in Baku.'));
    expect(doc.meta.date).toMatchObject({ year: 2021, month: 8 });
    const first = { id: 'visit.txt#0', source: 'visit.txt', ordinal: 0, text: 'President Aliyev received the Korean speaker.', sentences: [], start: 0, end: 45, tokenCount: 12 };
    expect(indexedPassageText(first, doc.meta)).toBe('President Aliyev received the Korean speaker.\nAugust 2021');
    expect(indexedPassageText({ ...first, ordinal: 1 }, doc.meta)).toBe(first.text);
    expect(indexedPassageText(first, { ...doc.meta, date: { raw: 'May 23', month: 5, day: 23 } })).toBe(first.text);
  });

  it('adds the year that "last year" and "next year" name, counted from the publication date, to any passage', () => {
    const doc = parseDocument('trade.txt', Buffer.from('Trade grew\n\nBAKU, February 17, 2026. Trade grew.'));
    const later = { id: 'trade.txt#1', source: 'trade.txt', ordinal: 1, text: 'Last year exports reached $41.2 million.', sentences: [], start: 0, end: 40, tokenCount: 10 };
    expect(indexedPassageText(later, doc.meta)).toBe(`${later.text}\n2025`);
    // A date the text merely mentions is no publication date to count from.
    expect(indexedPassageText(later, { ...doc.meta, dateOrigin: 'mention' })).toBe(later.text);
    expect(indexedPassageText({ ...later, text: 'Exports reached $41.2 million.' }, doc.meta)).toBe('Exports reached $41.2 million.');
  });

  it('lets a question that dates the event find the article of that date written in digits, in a built index and one rebuilt from its chunks', async () => {
    const seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dated-seeds-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dated-data-'));
    dirs.push(seedsDir, dataDir);
    fs.writeFileSync(path.join(seedsDir, 'a.txt'), 'Speaker visit\n\n2021-03-02 20:36 | www.trend.az\n\nPresident Aliyev received the Korean speaker.');
    fs.writeFileSync(path.join(seedsDir, 'b.txt'), 'Speaker visit\n\n2021-08-19 11:02 | www.trend.az\n\nPresident Aliyev received the Korean speaker.');
    await ingestCorpus({ seedsDir, dataDir, chunking: { maxTokens: 200, overlapSentences: 0 }, hnsw: { m: 8, efConstruction: 50 } });
    const index = loadIndex(dataDir, { mode: 'lexical' });
    for (const lexical of [index.lexical, buildLexicalIndex(index.store)]) {
      const hits = lexical.search('Aliyev received the Korean speaker in August 2021', 2);
      expect(index.chunkByLabel(hits[0]!.label)!.source).toBe('b.txt');
    }
  });
});
