/**
 * What every benchmark section shares: the options and sizes of a run, the project's settings for
 * a run on temporary folders, the bench model, timing, an embedder that counts what reaches the
 * model, questions, and fresh child processes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig } from '../src/config.ts';
import type { Config } from '../src/config.ts';
import { defaultEmbedderFactory } from '../src/engine/models.ts';
import { silentLogger } from '../src/log.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createRandom, mixSeed } from './synthetic.ts';
import type { SentenceMaterial } from './synthetic.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SECTIONS = ['ingest', 'query', 'concurrency', 'questions', 'scale', 'peer'] as const;
export type Section = (typeof SECTIONS)[number];
/** What runs without --only: the peer comparison installs a package set first, so it runs only when asked for (--peer). */
export const DEFAULT_SECTIONS: readonly Section[] = ['ingest', 'query', 'concurrency', 'questions', 'scale'];
export const SEED = 20240523;
export const BENCH_MODEL = 'bench-e5-small-shape';

export interface BenchArgs {
  quick: boolean;
  synthetic: boolean;
  json: boolean;
  sections: Set<Section>;
  passages?: number;
  /** --cpu-profile: where to write the CPU profile of the query section's questions. */
  cpuProfile?: string;
  help: boolean;
}

export interface Sizes {
  ingestDocuments: number;
  reingestDocuments: number;
  queryPassages: number;
  questions: number;
  concurrencyQuestions: number;
  scalePassages: number[];
  recallQueries: number;
  latencyQueries: number;
  lexicalQuestions: number;
}

export function sizesFor(args: BenchArgs): Sizes {
  const quick = args.quick;
  return {
    ingestDocuments: quick ? 30 : 60,
    reingestDocuments: quick ? 200 : 1000,
    queryPassages: args.passages ?? (quick ? 2_000 : 10_000),
    questions: quick ? 120 : 300,
    concurrencyQuestions: quick ? 64 : 192,
    scalePassages: args.passages !== undefined ? [args.passages] : quick ? [10_000] : [10_000, 100_000],
    recallQueries: quick ? 100 : 200,
    latencyQueries: quick ? 300 : 1000,
    lexicalQuestions: quick ? 30 : 60,
  };
}

/** CPU time of this process (all threads, user + system) in ms: steadier than wall time when other work shares the cores. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wall and CPU time of some work. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const cpuStart = cpuMs();
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started, cpuMs: cpuMs() - cpuStart };
}

export interface Context {
  args: BenchArgs;
  sizes: Sizes;
  env: Record<string, string | undefined>;
  modelId: string;
  modelsDir: string;
  material: SentenceMaterial;
  progress: (line: string) => void;
  /** Temporary folders to remove at the end. */
  temporary: string[];
}

export function tempDir(ctx: Context, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  ctx.temporary.push(dir);
  return dir;
}

/** The settings every bench run of the project has: these folders, the bench model, local only, quiet. */
function runSettings(ctx: Context, seedsDir: string, dataDir: string): Record<string, string> {
  return { SEEDS_DIR: seedsDir, DATA_DIR: dataDir, MODELS_DIR: ctx.modelsDir, EMBEDDING_MODEL: ctx.modelId, ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'error' };
}

/** The project's settings for a run on these folders, with the bench model, local only. */
export function configFor(ctx: Context, seedsDir: string, dataDir: string, overrides: Record<string, string> = {}): Config {
  return createConfig({ ...ctx.env, BOT_TOKEN: undefined, WEBHOOK_URL: undefined, ...runSettings(ctx, seedsDir, dataDir), ...overrides });
}

/** The environment of a child process that runs the project on these folders with the bench model, local only, with no bot. */
export function childEnvFor(ctx: Context, seedsDir: string, dataDir: string): Record<string, string | undefined> {
  return { ...process.env, ...runSettings(ctx, seedsDir, dataDir), BOT_TOKEN: '', WEBHOOK_URL: '' };
}

export async function loadModel(ctx: Context, config: Config): Promise<{ embedder: Embedder; loadMs: number }> {
  const started = performance.now();
  // As the bot loads it (its settings, threads included), never from the network.
  const embedder = await defaultEmbedderFactory({ ...config, allowRemoteModels: false }, silentLogger);
  return { embedder, loadMs: performance.now() - started };
}

export interface EmbedCounts {
  passageCalls: number;
  passages: number;
  passageMs: number;
  queryCalls: number;
  queries: number;
}

export function newCounts(): EmbedCounts {
  return { passageCalls: 0, passages: 0, passageMs: 0, queryCalls: 0, queries: 0 };
}

/** Counts what reaches the model; dispose is left to the benchmark (the model is shared by runs). */
export function countingEmbedder(inner: Embedder, counts: EmbedCounts): Embedder {
  return {
    modelId: inner.modelId,
    dimension: inner.dimension,
    maxTokens: inner.maxTokens,
    countPassageTokens: (text) => inner.countPassageTokens(text),
    embedPassages: async (texts) => {
      const started = performance.now();
      counts.passageCalls++;
      counts.passages += texts.length;
      try {
        return await inner.embedPassages(texts);
      } finally {
        counts.passageMs += performance.now() - started;
      }
    },
    embedQuery: (text) => {
      counts.queryCalls++;
      counts.queries++;
      return inner.embedQuery(text);
    },
    embedQueries: (texts) => {
      counts.queryCalls++;
      counts.queries += texts.length;
      return inner.embedQueries(texts);
    },
    dispose: async () => {},
  };
}


/** Questions of realistic length built from corpus sentences, in both languages, plus the dev set's. */
export function makeQuestions(ctx: Context, count: number): string[] {
  const questions: string[] = [];
  const devSet = path.resolve(REPO_ROOT, '../shared/eval/seeds-dev.jsonl');
  if (fs.existsSync(devSet)) {
    for (const line of fs.readFileSync(devSet, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const q = (JSON.parse(line) as { q?: unknown }).q;
      if (typeof q === 'string') questions.push(q);
    }
  }
  const random = createRandom(mixSeed(SEED, 0x51));
  const en = ['What is known about {}?', 'When did {}?', 'Who said that {}?', 'Why {}?', '{}?'];
  const az = ['{} haqqında nə məlumat var?', '{} nə vaxt olub?', 'Kim {}?'];
  while (questions.length < count) {
    const isAz = random() < 0.2 && ctx.material.az.length > 0;
    const pool = isAz ? ctx.material.az : ctx.material.en;
    const words = pool[Math.floor(random() * pool.length)]!.replace(/[.!?]+$/u, '').split(/\s+/u);
    const length = Math.min(words.length, 4 + Math.floor(random() * 7));
    const from = Math.floor(random() * Math.max(1, words.length - length));
    const span = words.slice(from, from + length).join(' ');
    const templates = isAz ? az : en;
    questions.push(templates[Math.floor(random() * templates.length)]!.replace('{}', span));
  }
  return questions.slice(0, count);
}

/**
 * Runs bench/load-child.ts in a fresh process: through tsx, or, given `bundled` (see
 * bundledLoadChild), as JavaScript bundled the way bin/run.mjs bundles the CLI for npm start.
 */
export function runChild(args: readonly string[], env: Record<string, string | undefined>, bundled?: string): unknown {
  const entry = bundled === undefined ? ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'load-child.ts')] : [bundled];
  const child = spawnSync(process.execPath, ['--expose-gc', ...entry, ...args], {
    cwd: REPO_ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`load-child ${args[0]} failed (${child.status ?? child.signal}): ${child.stderr.trim().slice(-2000)}`);
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as unknown;
}
