import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSyntheticSeedsDir,
  extractSentenceMaterial,
  generateSyntheticDocuments,
  loadSentenceMaterial,
  syntheticDocument,
} from '../../bench/synthetic.ts';
import type { SentenceMaterial } from '../../bench/synthetic.ts';
import { loadDocuments, parseDocument } from '../../src/corpus/load.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';

const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

let material: SentenceMaterial;

beforeAll(async () => {
  material = await loadSentenceMaterial(SEEDS_DIR);
});

describe('sentence material', () => {
  it('takes Azerbaijani and English sentences from the seeds, each a real sentence of them', async () => {
    expect(material.az.length).toBeGreaterThan(5);
    expect(material.en.length).toBeGreaterThan(20);
    const seedText = (await loadDocuments(SEEDS_DIR)).documents.map((d) => d.text.replace(/\s+/gu, ' ')).join('\n');
    for (const sentence of [...material.az, ...material.en]) expect(seedText).toContain(sentence);
    expect(material.az.some((s) => /[əğıöşüç]/u.test(s))).toBe(true);
  });

  it('leaves out short pieces such as bylines', () => {
    const doc = parseDocument('a.txt', Buffer.from('By Someone\n\nThe ministers met in Baku to discuss cooperation in energy and trade.\n'));
    const taken = extractSentenceMaterial([doc]);
    expect([...taken.az, ...taken.en]).toEqual(['The ministers met in Baku to discuss cooperation in energy and trade.']);
  });
});

describe('synthetic documents', () => {
  it('are the same for the same seed and differ for another seed', () => {
    const a = generateSyntheticDocuments(material, { documents: 40, seed: 7 });
    const b = generateSyntheticDocuments(material, { documents: 40, seed: 7 });
    const c = generateSyntheticDocuments(material, { documents: 40, seed: 8 });
    expect(b).toEqual(a);
    expect(c.map((d) => d.text)).not.toEqual(a.map((d) => d.text));
  });

  it('make exactly the count asked, with distinct names and texts, a prefix of any larger corpus', () => {
    const small = generateSyntheticDocuments(material, { documents: 25, seed: 3 });
    const large = generateSyntheticDocuments(material, { documents: 300, seed: 3 });
    expect(small).toHaveLength(25);
    expect(large).toHaveLength(300);
    expect(large.slice(0, 25)).toEqual(small);
    expect(new Set(large.map((d) => d.name)).size).toBe(300);
    expect(new Set(large.map((d) => d.text)).size).toBe(300);
    expect(syntheticDocument(material, 3, 299)).toEqual(large[299]);
    expect(generateSyntheticDocuments(material, { documents: 0, seed: 3 })).toEqual([]);
  });

  it('mix the languages at about the share asked, as the corpus loader detects them', () => {
    const docs = generateSyntheticDocuments(material, { documents: 400, seed: 11 });
    const detected = docs.map((d) => parseDocument(d.name, Buffer.from(d.text)).meta.language);
    const azShare = detected.filter((l) => l === 'az').length / docs.length;
    expect(azShare).toBeGreaterThan(0.12);
    expect(azShare).toBeLessThan(0.3);
    expect(detected.filter((l) => l === 'en').length).toBeGreaterThan(docs.length * 0.65);
    const allAz = generateSyntheticDocuments(material, { documents: 20, seed: 11, azerbaijaniShare: 1 });
    expect(allAz.every((d) => d.language === 'az')).toBe(true);
  });

  it('vary in length like news articles: mostly a few hundred words, some short, some long', () => {
    const docs = generateSyntheticDocuments(material, { documents: 500, seed: 5 });
    const sentences = docs.map((d) => splitSentences(d.text).length).sort((a, b) => a - b);
    const chars = docs.map((d) => d.text.length).sort((a, b) => a - b);
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
    expect(sentences[0]).toBeGreaterThanOrEqual(3);
    expect(median(sentences)).toBeGreaterThan(8);
    expect(median(sentences)).toBeLessThan(25);
    expect(median(chars)).toBeGreaterThan(1000);
    expect(median(chars)).toBeLessThan(5000);
    expect(chars.at(-1)!).toBeGreaterThan(3 * median(chars));
    expect(chars[0]!).toBeLessThan(median(chars) / 2);
    // Paragraphs, as news sites break them.
    expect(docs.filter((d) => d.text.includes('\n\n')).length).toBeGreaterThan(docs.length * 0.8);
  });

  it('grow the vocabulary with the corpus instead of repeating the seed sentences verbatim', () => {
    const words = (n: number) => {
      const set = new Set<string>();
      for (const d of generateSyntheticDocuments(material, { documents: n, seed: 9 })) for (const w of d.text.match(/\p{L}+/gu) ?? []) set.add(w.toLowerCase());
      return set.size;
    };
    const seedWords = new Set([...material.az, ...material.en].flatMap((s) => s.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase())).size;
    const at100 = words(100);
    const at800 = words(800);
    expect(at100).toBeGreaterThan(seedWords);
    expect(at800).toBeGreaterThan(at100 * 1.5);
  });

  it('are written as .txt files that the corpus loader reads without skipping any', async () => {
    const corpus = createSyntheticSeedsDir(material, { documents: 30, seed: 2 });
    try {
      expect(fs.readdirSync(corpus.dir).filter((f) => f.endsWith('.txt'))).toHaveLength(30);
      const { documents, skipped } = await loadDocuments(corpus.dir);
      expect(skipped).toEqual([]);
      expect(documents.map((d) => d.source)).toEqual(corpus.documents.map((d) => d.name));
    } finally {
      corpus.remove();
    }
    expect(fs.existsSync(corpus.dir)).toBe(false);
  });
});
