import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import type { ModelProfile } from './types.ts';

/**
 * How each embedding model family wants its inputs dressed, as its model card says. Matched on the
 * lowercased model id; the first rule whose pattern matches wins, so specific rules come first.
 *
 * | family              | query prefix                                                  | passage prefix | pooling |
 * |---------------------|---------------------------------------------------------------|----------------|---------|
 * | bge-m3              | none                                                          | none           | cls     |
 * | bge-*-zh            | "为这个句子生成表示以用于检索相关文章："                          | none           | cls     |
 * | bge (English)       | "Represent this sentence for searching relevant passages: "   | none           | cls     |
 * | e5 (incl. multilingual-e5) | "query: "                                              | "passage: "    | mean    |
 * | gte, MiniLM, others | none                                                          | none           | mean    |
 *
 * (multilingual-e5-*-instruct wants "Instruct: <task>\nQuery: " on questions; not covered.)
 *
 * A model folder can override its row with `<MODELS_DIR>/<model id>/embedding_profile.json`, e.g.
 * `{"queryPrefix": "query: ", "passagePrefix": "passage: ", "pooling": "mean"}` (see profileForModel).
 */
const PROFILE_RULES: ReadonlyArray<{ pattern: RegExp; profile: ModelProfile }> = [
  { pattern: /bge-m3/, profile: { queryPrefix: '', passagePrefix: '', pooling: 'cls' } },
  { pattern: /bge.*-zh/, profile: { queryPrefix: '为这个句子生成表示以用于检索相关文章：', passagePrefix: '', pooling: 'cls' } },
  {
    pattern: /bge/,
    profile: { queryPrefix: 'Represent this sentence for searching relevant passages: ', passagePrefix: '', pooling: 'cls' },
  },
  { pattern: /e5/, profile: { queryPrefix: 'query: ', passagePrefix: 'passage: ', pooling: 'mean' } },
];

const DEFAULT_PROFILE: ModelProfile = { queryPrefix: '', passagePrefix: '', pooling: 'mean' };

export function profileFor(modelId: string): ModelProfile {
  const id = modelId.toLowerCase();
  const rule = PROFILE_RULES.find(({ pattern }) => pattern.test(id));
  return { ...(rule?.profile ?? DEFAULT_PROFILE) };
}

export const PROFILE_FILE_NAME = 'embedding_profile.json';

/**
 * The profile in `<modelsDir>/<modelId>/embedding_profile.json` when that file exists (missing
 * fields fall back to the table), else the table's profile. A malformed file is MODEL_LOAD_FAILED.
 */
export async function profileForModel(modelId: string, modelsDir: string): Promise<ModelProfile> {
  const file = path.join(modelsDir, modelId, PROFILE_FILE_NAME);
  const fallback = profileFor(modelId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return fallback;
  }
  const invalid = (why: string) =>
    new AppError(
      'MODEL_LOAD_FAILED',
      `${file} is invalid (${why}). It must be a JSON object with optional string fields queryPrefix and passagePrefix and pooling "mean" or "cls"; fix or delete it.`,
      { file, modelId },
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : 'not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid('not an object');
  const { queryPrefix = fallback.queryPrefix, passagePrefix = fallback.passagePrefix, pooling = fallback.pooling } = parsed as Record<string, unknown>;
  if (typeof queryPrefix !== 'string' || typeof passagePrefix !== 'string') throw invalid('prefixes must be strings');
  if (pooling !== 'mean' && pooling !== 'cls') throw invalid('pooling must be "mean" or "cls"');
  return { queryPrefix, passagePrefix, pooling };
}
