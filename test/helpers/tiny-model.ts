/**
 * THE embedding model of the test suite: a real BERT-shaped model folder (config, HF tokenizer,
 * ONNX graph) built at test time into a temp dir and loaded through the real @xenova/transformers
 * path with remote loading off. Its ONNX graph is a plain embedding lookup, so after mean pooling
 * a text's vector is the average of its words' random vectors: texts that share words get a higher
 * cosine, like a bag of words. Nothing is downloaded; building takes a fraction of a second.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeEmbeddingLookupModel } from './tiny-model/onnx.ts';
import { buildVocabulary, FUNCTION_WORDS, normalizeLikeBert, SPECIAL_TOKENS } from './tiny-model/vocabulary.ts';

export interface TinyModelOptions {
  /** Text whose words become whole tokens; default: every document in the repo's seeds/. */
  vocabularyText?: string;
  /** Vector size (hidden_size); default 64. */
  dimension?: number;
  /** Longest input in tokens, special tokens included; default 128 (small on purpose). */
  maxTokens?: number;
  /** Default "test/tiny-e5" (e5 profile). Another id gives the same weights under another profile. */
  modelId?: string;
}

export interface TinyModel {
  /** Pass as modelsDir / MODELS_DIR. */
  modelsDir: string;
  /** By default "test/tiny-e5": contains "e5", so the e5 profile ("query: " / "passage: ", mean pooling) applies. */
  modelId: string;
  dimension: number;
  maxTokens: number;
}

export const TINY_MODEL_ID = 'test/tiny-e5';
const DEFAULT_DIMENSION = 64;
const DEFAULT_MAX_TOKENS = 128;

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

// One build per process and options; vitest forks each get their own temp dir.
const builds = new Map<string, Promise<TinyModel>>();
const tempDirs: string[] = [];

export function createTinyModel(options: TinyModelOptions = {}): Promise<TinyModel> {
  const key = JSON.stringify([options.vocabularyText, options.dimension, options.maxTokens, options.modelId]);
  let build = builds.get(key);
  if (build === undefined) {
    build = buildTinyModel(options);
    builds.set(key, build);
    build.catch(() => builds.delete(key));
  }
  return build;
}

async function readSeedsText(): Promise<string> {
  const names = (await readdir(SEEDS_DIR)).filter((name) => /\.(txt|md)$/i.test(name)).sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(SEEDS_DIR, name), 'utf8')));
  return texts.join('\n');
}

async function buildTinyModel(options: TinyModelOptions): Promise<TinyModel> {
  const dimension = options.dimension ?? DEFAULT_DIMENSION;
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  const modelId = options.modelId ?? TINY_MODEL_ID;
  const vocabulary = buildVocabulary(options.vocabularyText ?? (await readSeedsText()));

  const modelsDir = await mkdtemp(path.join(os.tmpdir(), 'tiny-model-'));
  rememberForCleanup(modelsDir);
  const modelDir = path.join(modelsDir, ...modelId.split('/'));
  await mkdir(path.join(modelDir, 'onnx'), { recursive: true });

  const onnx = encodeEmbeddingLookupModel(embeddingTable(vocabulary, dimension), vocabulary.length, dimension);
  await Promise.all([
    writeJson(path.join(modelDir, 'config.json'), modelConfig(vocabulary.length, dimension, maxTokens)),
    writeJson(path.join(modelDir, 'tokenizer.json'), tokenizerJson(vocabulary)),
    writeJson(path.join(modelDir, 'tokenizer_config.json'), tokenizerConfig(maxTokens)),
    writeFile(path.join(modelDir, 'onnx', 'model_quantized.onnx'), onnx),
    writeFile(path.join(modelDir, 'onnx', 'model.onnx'), onnx),
  ]);
  return { modelsDir, modelId, dimension, maxTokens };
}

function rememberForCleanup(dir: string): void {
  if (tempDirs.length === 0) {
    process.once('exit', () => {
      for (const tempDir of tempDirs) rmSync(tempDir, { recursive: true, force: true });
    });
  }
  tempDirs.push(dir);
}

function writeJson(file: string, value: unknown): Promise<void> {
  return writeFile(file, JSON.stringify(value, null, 1));
}

function modelConfig(vocabularySize: number, dimension: number, maxTokens: number) {
  return {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: dimension,
    max_position_embeddings: maxTokens,
    vocab_size: vocabularySize,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: dimension,
    type_vocab_size: 2,
    pad_token_id: 0,
  };
}

function tokenizerConfig(maxTokens: number) {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: maxTokens,
    unk_token: '[UNK]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    cls_token: '[CLS]',
    mask_token: '[MASK]',
  };
}

function tokenizerJson(vocabulary: readonly string[]) {
  const id = (token: string) => vocabulary.indexOf(token);
  const special = (token: string) => ({ id: token, ids: [id(token)], tokens: [token] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((token) => ({
      id: id(token),
      content: token,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': special('[CLS]'), '[SEP]': special('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, index) => [token, index])),
    },
  };
}

/**
 * Row per token, deterministic from the token's own string (not its id), so adding words to the
 * vocabulary does not change other words' vectors. Special tokens, punctuation and glue words get
 * short vectors, like a crude IDF, so they don't drown the content words.
 */
function embeddingTable(vocabulary: readonly string[], dimension: number): Float32Array {
  const glue = new Set(FUNCTION_WORDS.map(normalizeLikeBert));
  const table = new Float32Array(vocabulary.length * dimension);
  vocabulary.forEach((token, row) => {
    const weight = token === '[PAD]' ? 0 : SPECIAL_TOKENS.includes(token as never) && token !== '[UNK]' ? 0.02 : glue.has(token) || /^(##)?\p{P}$/u.test(token) ? 0.2 : 1;
    const random = gaussianStream(hashString(token));
    for (let column = 0; column < dimension; column += 1) {
      table[row * dimension + column] = (weight * random()) / Math.sqrt(dimension);
    }
  });
  return table;
}

/** FNV-1a 32-bit. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32 uniforms through Box–Muller. */
function gaussianStream(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}
