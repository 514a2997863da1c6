import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import dotenv from 'dotenv';
import { answerToJson, renderPlainAnswer } from './answer/plain.ts';
import { createProgressReporter } from './cli/progress.ts';
import { createConfig, requireBotToken } from './config.ts';
import type { Config } from './config.ts';
import { createEngine, prepareIndex } from './engine.ts';
import type { EngineDeps, EngineStatus, TracingEngine } from './engine.ts';
import { parseCommandArgs, usageError } from './cli/args.ts';
import type { ParsedCommandArgs } from './cli/args.ts';
import type { CliIo } from './cli/io.ts';
import { AppError, describeError, isAppError } from './errors.ts';
import type { IngestSummary } from './index/ingest.ts';
import { createLogger } from './log.ts';
import type { Logger } from './log.ts';

const USAGE = `Usage: node bin/run.mjs <command> [options]   (npm start, npm run ingest / ask / eval)

Commands:
  ingest                       build or update the index from SEEDS_DIR
  ask [--json] "question"      answer one question (sources included)
  ask [--json] < questions     answer one question per line of standard input
  ask --status                 show index size, model and retrieval mode
  eval FILE.jsonl... [--verbose] [--json] [--halves] [--tally]
                               measure answer quality on question sets (--halves: also per
                               half of each set, as calibrate splits them; --tally: also count
                               where each answer stands, showing no question)
  calibrate [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--set DIR[:A|:B]]... [--out FILE] [--rows FILE] [--shipped]
                               fit the abstention model (see docs/quality.md)
  fit-first [--set DIR[:A|:B]]... [--dev FILE] [--dev-corpus DIR] [--l2 N] [--out FILE] [--shipped]
                               fit which chosen sentence leads an answer (see docs/quality.md)
  start                        run the Telegram bot (needs BOT_TOKEN)
  feedback export [--since DATE] [--out FILE]
                               👎 answers and unanswered questions as eval JSON lines
  feedback stats               what /stats shows: questions, abstentions, votes, latency

Settings come from the environment and .env; see .env.example.`;

/** The options of the commands parsed here; calibrate, fit-first and feedback parse their own. */
const COMMAND_OPTIONS = {
  ingest: {},
  ask: { json: { type: 'boolean' }, status: { type: 'boolean' } },
  eval: { verbose: { type: 'boolean' }, json: { type: 'boolean' }, halves: { type: 'boolean' }, tally: { type: 'boolean' } },
  start: {},
} as const satisfies Record<string, Record<string, { type: 'boolean' | 'string' }>>;

function parseCommand<C extends keyof typeof COMMAND_OPTIONS>(command: C, args: readonly string[]): ParsedCommandArgs<(typeof COMMAND_OPTIONS)[C]> {
  return parseCommandArgs(args, { command, options: COMMAND_OPTIONS[command], positionals: command === 'ask' || command === 'eval', usage: USAGE });
}

function engineDeps(io: CliIo, logger: Logger, before?: string): EngineDeps {
  const progress = createProgressReporter(io.stderr);
  let announced = before === undefined;
  return {
    logger,
    onProgress: (event) => {
      if (!announced && event.total > 0) io.stderr.write(`${before} (${event.total} passages to embed)\n`);
      announced = true;
      progress.update('embedding passages', event.done, event.total);
      if (event.done >= event.total) progress.finish();
    },
  };
}

function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    summary.unchanged ? 'Index is up to date: nothing changed since the last ingest.' : 'Index updated.',
    `  documents: ${summary.documents} (added ${summary.addedDocuments}, changed ${summary.changedDocuments}, removed ${summary.removedDocuments})`,
    `  chunks:    ${summary.chunks} (embedded now ${summary.embeddedNow}, reused ${summary.reused})`,
    `  skipped:   ${summary.skipped.length} file(s)`,
    ...summary.skipped.map((s) => `    - ${s.source}: ${s.reason}`),
    `  mode:      ${summary.mode === 'hybrid' ? 'hybrid (embeddings + BM25)' : 'lexical only (BM25, no embeddings)'}`,
    `  time:      ${(summary.durationMs / 1000).toFixed(2)} s`,
  ];
  return lines.join('\n') + '\n';
}

function formatStatus(status: EngineStatus): string {
  const mode = status.mode === 'hybrid' ? 'hybrid (embeddings + BM25)' : 'LEXICAL ONLY (BM25; the embedding model is not in use)';
  const lines = [
    `documents: ${status.documents}`,
    `passages:  ${status.chunks}`,
    `model:     ${status.modelId}${status.dimension !== undefined ? ` (${status.dimension} dimensions)` : ''}`,
    `retrieval: ${mode}`,
    ...(status.modelError !== undefined ? [`why:       ${status.modelError}`] : []),
    `built at:  ${status.builtAt}`,
    ...(status.indexStale !== undefined ? [`NOT UPDATED: answering from this last good index. ${status.indexStale}`] : []),
  ];
  return lines.join('\n') + '\n';
}

async function runIngest(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const ingesting = exitOnSignal(logger, 'ingesting');
  let prepared;
  try {
    prepared = await prepareIndex(config, engineDeps(io, logger));
  } finally {
    ingesting();
  }
  await prepared.embedder?.dispose();
  if (prepared.ingest === undefined) {
    io.stdout.write(`Index not updated: the embedding model could not be loaded, and the existing hybrid index is kept.\n${prepared.modelError ?? ''}\n`);
    return 1;
  }
  io.stdout.write(formatIngestSummary(prepared.ingest));
  return 0;
}

async function answerOne(engine: TracingEngine, question: string, json: boolean, io: CliIo): Promise<boolean> {
  try {
    const answer = await engine.ask(question);
    io.stdout.write(json ? JSON.stringify(answerToJson(answer)) + '\n' : renderPlainAnswer(answer) + '\n');
    return true;
  } catch (error) {
    if (!isAppError(error, 'QUESTION_INVALID')) throw error;
    if (json) io.stdout.write(JSON.stringify({ question, error: { code: error.code, message: error.message } }) + '\n');
    else io.stderr.write(`error: ${error.message}\n`);
    return false;
  }
}

async function runAsk(config: Config, args: ParsedCommandArgs<typeof COMMAND_OPTIONS.ask>, io: CliIo, logger: Logger): Promise<number> {
  const json = args.values.json === true;
  const question = args.positionals.join(' ');
  if (args.values.status !== true && args.positionals.length === 0 && io.stdin.isTTY === true) {
    throw usageError('Give a question, e.g. npm run ask -- "Who is the Korean ambassador?", or pipe one question per line.', USAGE);
  }
  const updating = 'the index is behind SEEDS_DIR: updating it before answering; `npm run ingest` does this ahead of time';
  const preparing = exitOnSignal(logger, 'preparing the index');
  let engine: TracingEngine;
  try {
    engine = (await createEngine(config, engineDeps(io, logger, updating))).engine;
  } finally {
    preparing();
  }
  try {
    if (args.values.status === true) {
      const status = engine.status();
      io.stdout.write(json ? JSON.stringify(status) + '\n' : formatStatus(status));
      return 0;
    }
    if (args.positionals.length > 0) return (await answerOne(engine, question, json, io)) ? 0 : 1;
    // One question per line of standard input; the index and model are loaded once.
    let failures = 0;
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      if (!(await answerOne(engine, line, json, io))) failures++;
    }
    return failures === 0 ? 0 : 1;
  } finally {
    await engine.close();
  }
}

async function runEvalCommand(config: Config, args: ParsedCommandArgs<typeof COMMAND_OPTIONS.eval>, io: CliIo, logger: Logger): Promise<number> {
  if (args.positionals.length === 0) throw usageError('eval takes question files: npm run eval -- FILE.jsonl [FILE.jsonl ...]', USAGE);
  const { evaluateFiles } = await import('./eval/command.ts');
  const { verbose, json, halves, tally } = args.values;
  return evaluateFiles(args.positionals, { config, io, logger, verbose: verbose === true, json: json === true, halves: halves === true, tally: tally === true, engineDeps: engineDeps(io, logger) });
}

/**
 * Until the returned function is called, SIGTERM or SIGINT ends the process at once with one log
 * line: during startup or an ingest nothing is lost (the index is replaced only once written
 * whole, the lock is released on exit), and waiting for a long ingest would keep a stop hanging.
 */
function exitOnSignal(logger: Logger, doing: string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info(`stopped by ${signal} while ${doing}; the last good index is kept`);
    process.exit(0);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}

/** How often the bot checks that the process that started it (npm) is still there. */
const PARENT_CHECK_MS = 1_000;

async function runStart(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const token = requireBotToken(config);
  logger.redact(token);
  const parent = process.ppid;
  const starting = exitOnSignal(logger, 'starting');
  const { engine, watcher, usage, running } = await (async () => {
    const { createBot, runBot } = await import('./bot/index.ts');
    const { createLiveEngine } = await import('./live-engine.ts');
    const { startUsageTracking } = await import('./usage-tracking.ts');
    // Serves the index on disk at once; documents added since are ingested in the background.
    // Ingests run before the metrics exist (the first one, at start) are counted once they do.
    const ingests: IngestSummary[] = [];
    let observeIngest = (summary: IngestSummary): void => {
      ingests.push(summary);
    };
    const engine = await createLiveEngine(config, { ...engineDeps(io, logger), onIngest: (summary) => observeIngest(summary) });
    const { watchCorpus } = await import('./watch.ts');
    const watcher = config.watchSeeds ? await watchCorpus(engine, config, { logger }) : undefined;
    const usage = startUsageTracking(config, engine, undefined, logger);
    observeIngest = (summary) => usage.deps.metrics.observeIngest(summary);
    for (const summary of ingests) observeIngest(summary);
    const deps = { engine, config, logger, corpus: engine, ...usage.deps };
    const bot = createBot(token, deps);
    const running = await runBot(bot, deps);
    await usage.serveMetrics(running.mode);
    return { engine, watcher, usage, running };
  })().catch((error: unknown) => {
    starting();
    throw error;
  });
  const exitCode = await new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (why: string, code: number) => {
      if (stopping) return;
      stopping = true;
      logger.info('stopping: finishing answers in progress', { why });
      running
        .stop()
        .catch((error: unknown) => logger.error('stopping the bot failed', { error: describeError(error) }))
        .finally(() => resolve(code));
    };
    process.once('SIGINT', () => stop('SIGINT', 0));
    process.once('SIGTERM', () => stop('SIGTERM', 0));
    // The start's handlers go only once the running bot's are there: with no handler at all, even
    // for a moment, a signal would end the process by its default action instead.
    starting();
    // Should npm (or a shell) exit without passing the signal on, the bot must not poll on as an orphan.
    const orphanCheck = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(orphanCheck);
        stop('the parent process exited', 0);
      }
    }, PARENT_CHECK_MS);
    orphanCheck.unref();
    void running.fatal.then((error) => {
      io.stderr.write(`error: ${error.message}\n`);
      stop('polling stopped', 1);
    });
  });
  await watcher?.close();
  await usage.close();
  await engine.close();
  logger.info('stopped');
  return exitCode;
}

type CommandRun = (config: Config, logger: Logger) => Promise<number>;

/** The command named `command` with its arguments parsed, ready to run once the settings are read. */
function commandRunner(command: string, args: readonly string[], io: CliIo): CommandRun {
  switch (command) {
    case 'ingest':
      parseCommand('ingest', args);
      return (config, logger) => runIngest(config, io, logger);
    case 'ask': {
      const parsed = parseCommand('ask', args);
      return (config, logger) => runAsk(config, parsed, io, logger);
    }
    case 'eval': {
      const parsed = parseCommand('eval', args);
      return (config, logger) => runEvalCommand(config, parsed, io, logger);
    }
    case 'calibrate':
      return async (config, logger) => {
        const { runCalibrate } = await import('./eval/calibrate.ts');
        return runCalibrate(args, { config, io, engineDeps: engineDeps(io, logger) });
      };
    case 'fit-first':
      return async (config, logger) => {
        const { runFitFirst } = await import('./eval/first-command.ts');
        return runFitFirst(args, { config, io, engineDeps: engineDeps(io, logger) });
      };
    case 'start':
      parseCommand('start', args);
      return (config, logger) => runStart(config, io, logger);
    case 'feedback':
      return async (config) => {
        const { runFeedbackCommand } = await import('./feedback/command.ts');
        return runFeedbackCommand(args, config, io);
      };
    default:
      throw usageError(`Unknown command "${command}".`, USAGE);
  }
}

/** Runs one command; returns the exit code. Every expected failure is a message, not a stack trace. */
export async function main(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  let logger: Logger = createLogger({ level: 'info', write: (line) => io.stderr.write(line + '\n') });
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help') {
      io.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    // Arguments are checked before the settings, so that a mistyped option is told as such.
    const run = commandRunner(command, rest, io);
    // A person asking from the terminal wants the answer, not progress logs; LOG_LEVEL overrides.
    const quiet = (command === 'ask' || command === 'eval' || command === 'calibrate' || command === 'fit-first') && (env.LOG_LEVEL ?? '').trim() === '';
    const config = createConfig(quiet ? { ...env, LOG_LEVEL: 'warn' } : env);
    logger = createLogger({ level: config.logLevel, write: (line) => io.stderr.write(line + '\n') });
    if (config.botToken !== undefined) logger.redact(config.botToken);
    return await run(config, logger);
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr.write(`error: ${error.message}\n`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    // Unexpected: one line for the user; the stack only when asked for.
    io.stderr.write(`error: ${describeError(error)}\n`);
    logger.debug('stack', { stack: error instanceof Error ? error.stack : undefined });
    return 1;
  }
}

/** The process's command line: .env read, the command run on the real streams, its code as the exit code. */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  dotenv.config({ quiet: true });
  try {
    process.exitCode = await main(argv, process.env, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  } catch (error) {
    process.stderr.write(`error: ${describeError(error)}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCommandLine(process.argv.slice(2));
