import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/load.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { SHARED_MODELS_DIR } from '../helpers/shared.ts';
import { approximateTokenCounter } from '../../src/corpus/tokens.ts';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
/** The speed stand-in model ships a real (English WordPiece) tokenizer; used only when present. */
const standInModels = SHARED_MODELS_DIR;
const countWords = (text: string) => text.split(/\s+/u).length;
const hasStandInTokenizer = existsSync(path.join(standInModels, 'bench-e5-small-shape', 'tokenizer.json'));

describe('approximateTokenCounter', () => {
  it('counts the two special tokens of an empty passage', () => {
    expect(approximateTokenCounter('')).toBe(2);
  });

  it('charges every word, punctuation mark and non-Latin character', () => {
    expect(approximateTokenCounter('a b c d')).toBeGreaterThanOrEqual(6);
    expect(approximateTokenCounter('a, b.')).toBeGreaterThanOrEqual(6);
    expect(approximateTokenCounter('한국과 아제르바이잔')).toBeGreaterThanOrEqual(2 + 9);
    expect(approximateTokenCounter('Azərbaycan')).toBeGreaterThan(approximateTokenCounter('Azerbaijan') - 1);
  });

  it('grows with the text', () => {
    const text = 'The ministers of Azerbaijan and Korea met in Baku on 26 August 2022.';
    expect(approximateTokenCounter(text + ' ' + text)).toBeGreaterThan(approximateTokenCounter(text));
  });

  it.skipIf(!hasStandInTokenizer)('never under-counts English seed sentences against a real tokenizer', async () => {
    // Built straight from its files, so the library's global settings are left alone.
    const { BertTokenizer } = await import('@xenova/transformers');
    const read = (file: string) => JSON.parse(readFileSync(path.join(standInModels, 'bench-e5-small-shape', file), 'utf8'));
    const tokenizer = new BertTokenizer(read('tokenizer.json'), read('tokenizer_config.json'));
    for (const name of readdirSync(seedsDir)) {
      const doc = parseDocument(name, readFileSync(path.join(seedsDir, name)));
      if (doc.meta.language !== 'en') continue;
      for (const sentence of splitSentences(doc.text, 'en')) {
        const passage = `passage: ${sentence.text}`;
        const real = tokenizer.encode(passage).length;
        expect(real).toBeGreaterThan(countWords(sentence.text)); // the tokenizer really tokenizes
        expect(approximateTokenCounter(passage)).toBeGreaterThanOrEqual(real);
      }
    }
  });
});
