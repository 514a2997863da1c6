import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkDocument, MAX_PASSAGE_CHARS } from '../../src/corpus/chunk.ts';
import { parseDocument } from '../../src/corpus/load.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { approximateTokenCounter } from '../../src/corpus/tokens.ts';
import type { Chunk, SourceDocument, TokenCounter } from '../../src/corpus/types.ts';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const seedDocs = readdirSync(seedsDir).map((name) => parseDocument(name, readFileSync(path.join(seedsDir, name))));

const countWords: TokenCounter = (text) => text.split(/\s+/u).filter(Boolean).length;
const countChars: TokenCounter = (text) => text.length;
/** Like a real tokenizer: a fixed overhead for prefix and special tokens, and not additive. */
const countQuarterChars: TokenCounter = (text) => Math.ceil(text.length / 4) + 3;

function doc(text: string, source = 'doc.txt'): SourceDocument {
  return { source, contentHash: 'f'.repeat(64), text, meta: { title: 't', language: 'en' } };
}

/** Checks every promise a chunk makes about itself. */
function checkChunks(document: SourceDocument, chunks: Chunk[], countTokens: TokenCounter, maxTokens: number): void {
  chunks.forEach((chunk, ordinal) => {
    expect(chunk.ordinal).toBe(ordinal);
    expect(chunk.id).toBe(`${document.source}#${ordinal}`);
    expect(chunk.source).toBe(document.source);
    expect(chunk.text).toBe(document.text.slice(chunk.start, chunk.end));
    expect(chunk.tokenCount).toBe(countTokens(chunk.text));
    expect(chunk.tokenCount).toBeLessThanOrEqual(maxTokens);
    expect(chunk.sentences[0]!.start).toBe(chunk.start);
    expect(chunk.sentences.at(-1)!.end).toBe(chunk.end);
    for (const sentence of chunk.sentences) expect(document.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
  // Nothing is lost: every non-space character of the document is in some chunk.
  const covered = new Array<boolean>(document.text.length).fill(false);
  for (const chunk of chunks) for (let i = chunk.start; i < chunk.end; i++) covered[i] = true;
  const missing = [...document.text].filter((char, i) => !covered[i] && /\S/u.test(char));
  expect(missing).toEqual([]);
}

/** Five-word sentences: "S1 w w w end." */
function sentence(label: string): string {
  return `${label} alpha beta gamma end.`;
}

describe('chunkDocument', () => {
  it('packs whole sentences up to the budget', () => {
    const text = [1, 2, 3, 4, 5].map((n) => sentence(`S${n}`)).join(' ');
    const chunks = chunkDocument(doc(text), { countTokens: countWords, maxTokens: 10, overlapSentences: 0 });
    expect(chunks.map((c) => c.text)).toEqual([
      `${sentence('S1')} ${sentence('S2')}`,
      `${sentence('S3')} ${sentence('S4')}`,
      sentence('S5'),
    ]);
    expect(chunks.map((c) => c.sentences.length)).toEqual([2, 2, 1]);
  });

  it('repeats the last sentence of a chunk at the start of the next', () => {
    const text = [1, 2, 3, 4, 5].map((n) => sentence(`S${n}`)).join(' ');
    const chunks = chunkDocument(doc(text), { countTokens: countWords, maxTokens: 15, overlapSentences: 1 });
    expect(chunks.map((c) => c.sentences.map((s) => s.text.split(' ')[0]))).toEqual([
      ['S1', 'S2', 'S3'],
      ['S3', 'S4', 'S5'],
    ]);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.sentences[0]).toEqual(chunks[i - 1]!.sentences.at(-1));
  });

  it('shares fewer sentences when the overlap would not fit with the next sentence', () => {
    const long = 'L1 a b c d e f g h end.'; // ten words
    const text = `${sentence('S1')} ${long} ${sentence('S2')}`;
    const chunks = chunkDocument(doc(text), { countTokens: countWords, maxTokens: 12, overlapSentences: 1 });
    expect(chunks.map((c) => c.text)).toEqual([sentence('S1'), long, sentence('S2')]);
  });

  it('starts a new chunk at a paragraph break once the chunk is half full', () => {
    const text = `${sentence('P1a')} ${sentence('P1b')}\n\n${sentence('P2a')} ${sentence('P2b')}`;
    const chunks = chunkDocument(doc(text), { countTokens: countWords, maxTokens: 18, overlapSentences: 0 });
    expect(chunks.map((c) => c.text)).toEqual([`${sentence('P1a')} ${sentence('P1b')}`, `${sentence('P2a')} ${sentence('P2b')}`]);
  });

  it('crosses a paragraph break while the chunk is less than half full', () => {
    const text = `${sentence('P1')}\n\n${sentence('P2a')} ${sentence('P2b')}`;
    const chunks = chunkDocument(doc(text), { countTokens: countWords, maxTokens: 12, overlapSentences: 0 });
    expect(chunks.map((c) => c.text)).toEqual([`${sentence('P1')}\n\n${sentence('P2a')}`, sentence('P2b')]);
  });

  it('splits an over-long sentence at word boundaries without dropping anything', () => {
    const words = Array.from({ length: 50 }, (_, i) => `W${i}`);
    const long = `${words.join(' ')}.`;
    const text = `${sentence('Before')} ${long} ${sentence('After')}`;
    const document = doc(text);
    const chunks = chunkDocument(document, { countTokens: countWords, maxTokens: 8, overlapSentences: 0 });
    checkChunks(document, chunks, countWords, 8);
    const longStart = text.indexOf(long);
    const pieces = chunks.flatMap((c) => c.sentences).filter((s) => s.start >= longStart && s.end <= longStart + long.length);
    expect(pieces.length).toBeGreaterThanOrEqual(7);
    expect(pieces.map((p) => p.text).join(' ')).toBe(long);
    for (const piece of pieces) expect(countWords(piece.text)).toBeLessThanOrEqual(8);
  });

  it('splits a single word longer than the budget by characters', () => {
    const word = 'x'.repeat(35);
    const document = doc(`Short one. ${word} Tail.`);
    const chunks = chunkDocument(document, { countTokens: countChars, maxTokens: 10, overlapSentences: 1 });
    checkChunks(document, chunks, countChars, 10);
    const pieces = chunks.flatMap((c) => c.sentences).filter((s) => /^x+$/u.test(s.text));
    expect(new Set(pieces.map((p) => p.start)).size).toBe(4);
    expect([...new Map(pieces.map((p) => [p.start, p.text])).values()].join('')).toBe(word);
  });

  it('never splits a surrogate pair', () => {
    const document = doc('😀'.repeat(9));
    const chunks = chunkDocument(document, { countTokens: countChars, maxTokens: 5, overlapSentences: 0 });
    expect(chunks.map((c) => c.text)).toEqual(['😀😀', '😀😀', '😀😀', '😀😀', '😀']);
  });

  it('produces no chunks for an empty document', () => {
    expect(chunkDocument(doc(''), { countTokens: countWords, maxTokens: 10, overlapSentences: 1 })).toEqual([]);
    expect(chunkDocument(doc(' \n\n '), { countTokens: countWords, maxTokens: 10, overlapSentences: 1 })).toEqual([]);
  });

  it('fails clearly when the budget cannot hold a single character', () => {
    expect(() => chunkDocument(doc('Some text.'), { countTokens: countQuarterChars, maxTokens: 3, overlapSentences: 0 })).toThrowError(
      expect.objectContaining({ code: 'INPUT_TOO_LONG' }),
    );
  });

  describe.each([
    ['words', countWords, [6, 20, 60, 200]],
    ['characters', countChars, [40, 150, 600]],
    ['approximate tokens', approximateTokenCounter, [16, 64, 200]],
    ['non-additive quarter characters', countQuarterChars, [12, 50, 200]],
  ] as const)('on the seed documents counting %s', (_, countTokens, budgets) => {
    it.each(budgets)('keeps every chunk within a budget of %i, covering the whole text', (maxTokens) => {
      for (const document of seedDocs) {
        for (const overlapSentences of [0, 1, 2]) {
          const chunks = chunkDocument(document, { countTokens, maxTokens, overlapSentences });
          expect(chunks.length).toBeGreaterThan(0);
          checkChunks(document, chunks, countTokens, maxTokens);
          for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.start).toBeGreaterThan(chunks[i - 1]!.start);
        }
      }
    });
  });

  it('keeps whole sentences when they fit', () => {
    const document = seedDocs.find((d) => d.source.startsWith('001'))!;
    const sentences = splitSentences(document.text, document.meta.language).map((s) => s.text);
    const chunks = chunkDocument(document, { countTokens: countWords, maxTokens: 120, overlapSentences: 1 });
    for (const chunk of chunks) for (const s of chunk.sentences) expect(sentences).toContain(s.text);
  });
});

describe('chunkDocument on a huge unpunctuated text', () => {
  it('cuts it into budget-sized pieces measuring little more than the pieces themselves', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i % 97}`).join(' ');
    let measured = 0;
    const countTokens: TokenCounter = (t) => {
      measured += t.length;
      return countWords(t);
    };
    const chunks = chunkDocument(doc(text), { countTokens, maxTokens: 100, overlapSentences: 0 });
    expect(chunks).toHaveLength(1000);
    expect(chunks.every((c) => c.tokenCount === 100)).toBe(true);
    // Measuring the whole text once per piece would be 1000 × its length.
    expect(measured).toBeLessThan(text.length * 20);
  });
});

describe('the character cap', () => {
  it('splits a 1 MB word a tokenizer counts as one token into passages of at most MAX_PASSAGE_CHARS, losing nothing', () => {
    const word = 'q'.repeat(1 << 20);
    const document = doc(`Short title.\n\n${word} and then a sentence.`);
    // WordPiece makes an over-long word one unknown token.
    const countAsWordPiece: TokenCounter = (text) => text.split(/\s+/u).filter(Boolean).length + 2;
    const chunks = chunkDocument(document, { countTokens: countAsWordPiece, maxTokens: 200, overlapSentences: 1 });
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(chunks.map((c) => c.text).join('').replaceAll(/[^q]/gu, '')).toHaveLength(word.length);
  });

  it('honours a smaller cap given in the options, at word boundaries when words fit', () => {
    const text = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ') + '.';
    const chunks = chunkDocument(doc(text), { countTokens: countWords, maxTokens: 1000, overlapSentences: 0, maxChars: 40 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(40);
      expect(chunk.text).toMatch(/^word\d+( word\d+)*\.?$/u);
    }
  });
});
