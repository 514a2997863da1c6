import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BertTokenizer } from '@xenova/transformers';
import { describe, expect, it } from 'vitest';
import { createTinyModel } from '../helpers/tiny-model.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

async function loadTokenizer(modelsDir: string, modelId: string) {
  const read = async (name: string) => JSON.parse(await readFile(path.join(modelsDir, modelId, name), 'utf8')) as object;
  return new BertTokenizer(await read('tokenizer.json'), await read('tokenizer_config.json'));
}

describe('createTinyModel', () => {
  it('writes a model folder with the files transformers.js loads', async () => {
    const tiny = await createTinyModel();
    const files = await readdir(path.join(tiny.modelsDir, tiny.modelId), { recursive: true });
    expect(files).toEqual(expect.arrayContaining(['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx', 'onnx/model.onnx']));
    const config = JSON.parse(await readFile(path.join(tiny.modelsDir, tiny.modelId, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ model_type: 'bert', hidden_size: tiny.dimension, max_position_embeddings: tiny.maxTokens });
  });

  it('builds once per process for the same options', async () => {
    expect(await createTinyModel()).toBe(await createTinyModel());
  });

  it('tokenizes every seed document without [UNK], mostly into whole words', async () => {
    const tiny = await createTinyModel();
    const tokenizer = await loadTokenizer(tiny.modelsDir, tiny.modelId);
    const unknownId = tokenizer.model.tokens_to_ids.get('[UNK]');
    for (const name of await readdir(SEEDS_DIR)) {
      const text = await readFile(path.join(SEEDS_DIR, name), 'utf8');
      const ids = tokenizer.encode(text, null, { add_special_tokens: false });
      const words = text.split(/\s+/).filter(Boolean);
      expect(ids, name).not.toContain(unknownId);
      // Whole-word vocabulary: about one token per word plus punctuation, not one per character.
      expect(ids.length, name).toBeLessThan(words.length * 2);
    }
  });

  it('takes its vocabulary from the given text and honours dimension and maxTokens', async () => {
    const tiny = await createTinyModel({ vocabularyText: 'zebra quokka', dimension: 16, maxTokens: 32 });
    expect([tiny.dimension, tiny.maxTokens]).toEqual([16, 32]);
    const tokenizer = await loadTokenizer(tiny.modelsDir, tiny.modelId);
    expect(tokenizer.encode('Zebra quokka', null, { add_special_tokens: false })).toHaveLength(2);
    // Unseen words fall back to single-letter pieces rather than [UNK].
    const ids = tokenizer.encode('ox', null, { add_special_tokens: false });
    expect(ids.map((id) => tokenizer.model.vocab[id])).toEqual(['o', '##x']);
  });
});
