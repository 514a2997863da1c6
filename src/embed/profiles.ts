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
