import type { CliIo } from '../cli/io.ts';
import type { Config } from '../config.ts';
import { createEngine } from '../engine.ts';
import type { EngineDeps } from '../engine.ts';
import type { Logger } from '../log.ts';
import path from 'node:path';
import { computeMetrics, formatMisses, formatSectionsTable } from './metrics.ts';
import { readEvalFile, runEval } from './run.ts';
import { halfOf } from './split.ts';
import { formatOutcomes, tallyOutcomes } from './tally.ts';

export interface EvaluateOptions {
  config: Config;
  io: CliIo;
  logger: Logger;
  verbose: boolean;
  json: boolean;
  /** Also one section per half of each set (see eval/split.ts): the half a calibration fitted on, and the other. */
  halves?: boolean;
  /** Also count where each question's answer stands (eval/tally.ts): no question is shown, so a held-out set stays unread. */
  tally?: boolean;
  engineDeps: EngineDeps;
}

/**
 * `npm run eval -- FILE.jsonl [FILE.jsonl ...]`: builds (or updates) the index for
 * SEEDS_DIR/DATA_DIR, asks every question through the same engine the bot uses, and prints one
 * table: per file, per question type and overall.
 */
export async function evaluateFiles(files: readonly string[], options: EvaluateOptions): Promise<number> {
  const sets = await Promise.all(files.map(async (file) => ({ file, questions: await readEvalFile(file) })));
  const { engine } = await createEngine(options.config, options.engineDeps);
  try {
    const status = engine.status();
    const evaluated = [];
    for (const set of sets) evaluated.push({ ...set, results: await runEval(set.questions, (q, followUp) => engine.ask(q, followUp !== undefined ? { followUp } : {})) });
    const all = evaluated.flatMap((e) => e.results);
    const { stdout } = options.io;
    if (options.json) {
      for (const e of evaluated) stdout.write(JSON.stringify({ file: e.file, mode: status.mode, model: status.modelId, questions: e.questions.length, metrics: computeMetrics(e.results) }) + '\n');
    } else {
      const count = all.length;
      stdout.write(`${count} questions from ${files.join(', ')}; retrieval ${status.mode}${status.mode === 'hybrid' ? ` with ${status.modelId}` : ''}\n\n`);
      const sections = evaluated.flatMap((e) => {
        const name = files.length > 1 || options.halves === true ? path.basename(e.file) : '';
        const whole = { name, metrics: computeMetrics(e.results) };
        if (options.halves !== true) return [whole];
        const half = (h: 'A' | 'B') => ({ name: `${name} half ${h}`, metrics: computeMetrics(e.results.filter((r) => halfOf(r.question) === h)) });
        return [half('A'), half('B'), whole];
      });
      stdout.write(formatSectionsTable(sections, files.length > 1 ? computeMetrics(all) : undefined) + '\n');
    }
    if (options.tally === true) {
      const rows = [];
      for (const set of sets) {
        const counts = await tallyOutcomes(set.questions, async (question, ask) => {
          const traced = await engine.askTraced(question, { ...(ask.followUp !== undefined ? { followUp: ask.followUp } : {}), neverAbstain: ask.neverAbstain });
          return { answer: traced.answer, retrievedTexts: traced.retrieval.passages.map((p) => p.chunk.text) };
        });
        rows.push({ name: path.basename(set.file), counts });
      }
      (options.json ? options.io.stderr : stdout).write('\nwhere each answer stands (no question shown):\n' + formatOutcomes(rows) + '\n');
    }
    if (options.verbose) (options.json ? options.io.stderr : stdout).write('\n' + formatMisses(all) + '\n');
    return 0;
  } finally {
    await engine.close();
  }
}
