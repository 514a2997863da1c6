import type { CliIo } from '../cli.ts';
import type { Config } from '../config.ts';
import { createEngine } from '../engine.ts';
import type { EngineDeps } from '../engine.ts';
import type { Logger } from '../log.ts';
import { computeMetrics, formatMetricsTable, formatMisses } from './metrics.ts';
import { readEvalFile, runEval } from './run.ts';

export interface EvaluateOptions {
  config: Config;
  io: CliIo;
  logger: Logger;
  verbose: boolean;
  json: boolean;
  engineDeps: EngineDeps;
}

/**
 * `npm run eval -- FILE.jsonl`: builds (or updates) the index for SEEDS_DIR/DATA_DIR, asks every
 * question through the same engine the bot uses, and prints the metrics.
 */
export async function evaluateFile(file: string, options: EvaluateOptions): Promise<number> {
  const questions = await readEvalFile(file);
  const { engine } = await createEngine(options.config, options.engineDeps);
  try {
    const status = engine.status();
    const results = await runEval(questions, (q) => engine.ask(q));
    const metrics = computeMetrics(results);
    const { stdout } = options.io;
    if (options.json) {
      stdout.write(JSON.stringify({ file, mode: status.mode, model: status.modelId, questions: questions.length, metrics }) + '\n');
    } else {
      stdout.write(`${questions.length} questions from ${file}; retrieval ${status.mode}${status.mode === 'hybrid' ? ` with ${status.modelId}` : ''}\n\n`);
      stdout.write(formatMetricsTable(metrics) + '\n');
    }
    if (options.verbose) (options.json ? options.io.stderr : stdout).write('\n' + formatMisses(results) + '\n');
    return 0;
  } finally {
    await engine.close();
  }
}
