/**
 * Performance benchmark: ingest, query latency, concurrency and index scale, with the machine,
 * Node version, model and settings printed next to the numbers. Prints numbers; never fails on
 * time. See bench/README.md for what each figure means and how it is measured; each section is a
 * file of its own (ingest.ts, query.ts, concurrency.ts, questions.ts, scale.ts).
 *
 *   node bin/run.mjs bench [--quick] [--synthetic] [--only ingest|query|concurrency|questions|scale|peer] [--peer] [--passages N] [--cpu-profile FILE] [--json]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { BENCH_MODEL, DEFAULT_SECTIONS, REPO_ROOT, SECTIONS, configFor, sizesFor } from './context.ts';
import type { BenchArgs, Context, Section } from './context.ts';
import { benchIngest } from './ingest.ts';
import { benchPeer } from './peer.ts';
import { benchQueryAndConcurrency } from './query.ts';
import { benchQuestions } from './questions.ts';
import { RUNNING_CODE, evaluateTargets, formatText } from './report.ts';
import type { Results } from './report.ts';
import { benchScaleSize } from './scale.ts';
import { machineInfo, round } from './stats.ts';
import { loadSentenceMaterial } from './synthetic.ts';

const USAGE = `Usage: npm run bench -- [options]   (the bundled code, as npm start runs it; tsx bench/run.ts [options] runs the TypeScript)

  --quick            smaller sizes, for a fast look (a few minutes)
  --synthetic        give the query index synthetic vectors instead of the model's (fast, see README)
  --only SECTION     ingest, query, concurrency, questions, scale or peer (repeatable, or comma-separated)
  --peer             also compare with LangChain.js on a real corpus (installed on demand into .cache/peer/)
  --cpu-profile FILE write a CPU profile of the query section's questions (answered again after the timed run) to FILE
  --passages N       index size for query/concurrency, and the single scale size (default 10,000; scale 10,000 and 100,000)
  --json             print the results as one JSON object (progress still goes to stderr)

Model: BENCH_MODEL (default ${BENCH_MODEL}) from BENCH_MODELS_DIR or MODELS_DIR (default ../shared/models).
Other settings (HNSW_EF_SEARCH, EMBED_BATCH_SIZE, QUERY_BATCH_WINDOW_MS, ...) come from the environment.`;

class UsageError extends Error {}

export function parseBenchArgs(args: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        quick: { type: 'boolean', default: false },
        synthetic: { type: 'boolean', default: false },
        peer: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        only: { type: 'string', multiple: true, default: [] },
        passages: { type: 'string' },
        'cpu-profile': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs's own errors (unknown option, missing value, stray argument) are usage errors.
    if ((error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS') === true) throw new UsageError((error as Error).message);
    throw error;
  }
  const sections = new Set<Section>();
  for (const name of values.only.flatMap((list) => list.split(','))) {
    if (!(SECTIONS as readonly string[]).includes(name)) throw new UsageError(`--only takes ${SECTIONS.join(', ')} (got "${name}")`);
    sections.add(name as Section);
  }
  if (sections.size === 0) for (const s of DEFAULT_SECTIONS) sections.add(s);
  if (values.peer) sections.add('peer');
  const parsed: BenchArgs = { quick: values.quick, synthetic: values.synthetic, json: values.json, sections, help: values.help };
  if (values['cpu-profile'] !== undefined) parsed.cpuProfile = values['cpu-profile'];
  if (values.passages !== undefined) {
    const n = Number(values.passages);
    if (!Number.isInteger(n) || n < 100 || n > 10_000_000) throw new UsageError('--passages takes a whole number from 100 to 10,000,000');
    parsed.passages = n;
  }
  return parsed;
}

/** Runs the selected benchmarks and prints the results; returns the exit code (0 unless the benchmark itself could not run). */
export async function runBenchmarks(args: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  let parsed: BenchArgs;
  try {
    parsed = parseBenchArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const modelsDir = path.resolve(REPO_ROOT, env.BENCH_MODELS_DIR ?? env.MODELS_DIR ?? '../shared/models');
  const modelId = env.BENCH_MODEL ?? BENCH_MODEL;
  const started = performance.now();
  const ctx: Context = {
    args: parsed,
    sizes: sizesFor(parsed),
    env,
    modelId,
    modelsDir,
    material: await loadSentenceMaterial(path.join(REPO_ROOT, 'seeds')),
    progress: (line) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`),
    temporary: [],
  };
  const settingsConfig = configFor(ctx, REPO_ROOT, os.tmpdir());
  const results: Results = {
    machine: machineInfo(REPO_ROOT),
    code: RUNNING_CODE,
    model: { id: modelId, modelsDir },
    settings: {
      EMBEDDING_QUANTIZED: settingsConfig.embeddingQuantized,
      EMBED_BATCH_SIZE: settingsConfig.embedBatchSize,
      QUERY_EMBED_THREADS: settingsConfig.queryEmbedThreads,
      EMBED_THREADS: settingsConfig.embedThreads,
      QUERY_BATCH_WINDOW_MS: settingsConfig.queryBatchWindowMs,
      CHUNK_MAX_TOKENS: settingsConfig.chunkMaxTokens,
      CHUNK_OVERLAP_SENTENCES: settingsConfig.chunkOverlapSentences,
      TOP_K: settingsConfig.topK,
      HNSW_M: settingsConfig.hnswM,
      HNSW_EF_CONSTRUCTION: settingsConfig.hnswEfConstruction,
      HNSW_EF_SEARCH: settingsConfig.hnswEfSearch,
    },
    mode: { quick: parsed.quick, synthetic: parsed.synthetic, sections: [...parsed.sections] },
    targets: [],
    errors: {},
  };
  // Text results are printed as each section ends, so a failure late in a long run loses nothing.
  const show = (part: Partial<Results>) => {
    if (!parsed.json) process.stdout.write(formatText(part));
  };
  /** Runs one section; a failure is reported with the results and the other sections still run. */
  const section = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      results.errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      ctx.progress(`${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  show({ machine: results.machine, code: results.code, model: results.model, settings: results.settings, mode: results.mode });
  try {
    if (parsed.sections.has('ingest')) {
      await section('ingest', async () => {
        results.ingest = await benchIngest(ctx);
        show({ ingest: results.ingest });
      });
    }
    if (parsed.sections.has('query') || parsed.sections.has('concurrency')) {
      await section('query', async () => {
        Object.assign(results, await benchQueryAndConcurrency(ctx, parsed.sections.has('query'), parsed.sections.has('concurrency')));
        show({ query: results.query, concurrency: results.concurrency });
      });
    }
    if (parsed.sections.has('questions')) {
      await section('questions', async () => {
        results.questions = await benchQuestions(ctx);
        show({ questions: results.questions });
      });
    }
    if (parsed.sections.has('scale')) {
      results.scale = [];
      for (const passages of ctx.sizes.scalePassages) {
        await section(`scale ${passages}`, async () => {
          const result = await benchScaleSize(ctx, passages);
          results.scale!.push(result);
          show({ scale: [result] });
        });
      }
    }
    if (parsed.sections.has('peer')) {
      await section('peer', async () => {
        results.peer = await benchPeer(ctx);
        show({ peer: results.peer });
      });
    }
  } finally {
    for (const dir of ctx.temporary) fs.rmSync(dir, { recursive: true, force: true });
  }
  results.machine.loadAverageAtEnd = os.loadavg()[0]!;
  results.targets = evaluateTargets(results);
  ctx.progress('done');
  if (parsed.json) process.stdout.write(JSON.stringify(results, (_, v: unknown) => (typeof v === 'number' ? round(v, 4) : v), 1) + '\n');
  else show({ machine: results.machine, targets: results.targets, errors: results.errors });
  return 0;
}

/** The process's benchmark (what bin/run.mjs runs for `bench`): .env read, the exit code set. */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  dotenv.config({ quiet: true });
  try {
    process.exitCode = await runBenchmarks(argv, process.env);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

// Run as a script (tsx bench/run.ts), not when a bundle holds this module (its URL is then the bundle's).
if (RUNNING_CODE === 'typescript' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCommandLine(process.argv.slice(2));