import { readFile } from 'node:fs/promises';
import type { Answer } from '../answer/types.ts';
import { followUpOf } from '../engine/follow-up.ts';
import type { FollowUp } from '../engine/types.ts';
import { AppError } from '../errors.ts';
import { judge } from './metrics.ts';
import type { EvalQuestion, EvalResult } from './metrics.ts';

function invalid(path: string, line: number, why: string): AppError {
  return new AppError('EVAL_INPUT_INVALID', `${path} line ${line}: ${why}. Each line must be a JSON object like {"id":"q1","q":"...","docs":["file.txt"],"answer":["..."],"type":"factoid"}.`, { path, line, why });
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Parses JSON Lines eval text; blank lines are skipped, every other line must be a valid question. */
export function parseEvalLines(text: string, path = 'eval input'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw invalid(path, line, 'not valid JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, line, 'not a JSON object');
    const o = value as Record<string, unknown>;
    if (typeof o.id !== 'string' || o.id.trim() === '') throw invalid(path, line, '"id" must be a non-empty string');
    if (ids.has(o.id)) throw invalid(path, line, `id "${o.id}" appears twice`);
    if (typeof o.q !== 'string' || o.q.trim() === '') throw invalid(path, line, '"q" must be a non-empty string');
    if (!isStringArray(o.docs)) throw invalid(path, line, '"docs" must be an array of strings');
    if (!isStringArray(o.answer)) throw invalid(path, line, '"answer" must be an array of strings');
    if (typeof o.type !== 'string' || o.type === '') throw invalid(path, line, '"type" must be a non-empty string');
    if (o.lang !== undefined && typeof o.lang !== 'string') throw invalid(path, line, '"lang" must be a string when given');
    if (o.followUp !== undefined && (typeof o.followUp !== 'string' || o.followUp.trim() === '')) throw invalid(path, line, '"followUp" must be a non-empty string when given');
    const unanswerable = o.type === 'unanswerable';
    if (unanswerable !== (o.docs.length === 0)) throw invalid(path, line, 'an "unanswerable" question has no docs, and only it');
    if (!unanswerable && o.answer.length === 0) throw invalid(path, line, '"answer" must list at least one accepted answer');
    ids.add(o.id);
    questions.push({
      id: o.id,
      q: o.q,
      ...(typeof o.lang === 'string' ? { lang: o.lang } : {}),
      docs: o.docs,
      answer: o.answer,
      type: o.type,
      ...(typeof o.followUp === 'string' ? { followUp: o.followUp } : {}),
    });
  });
  return questions;
}

/** Reads and validates an eval file (JSON Lines); AppError EVAL_INPUT_INVALID names the bad line. */
export async function readEvalFile(path: string): Promise<EvalQuestion[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new AppError('EVAL_INPUT_INVALID', `Cannot read eval file ${path}. Give the path of a .jsonl file.`, { path }, { cause });
  }
  return parseEvalLines(text, path);
}

export interface RunEvalOptions {
  /** Questions asked at once; default 4. */
  concurrency?: number;
  /** Called after each question, e.g. for progress. */
  onResult?: (result: EvalResult, done: number, total: number) => void;
}

/** Asks a question; a follow-up is asked with what it follows (see engine AskOptions.followUp). */
export type EvalAsk = (question: string, followUp?: FollowUp) => Promise<Answer>;

/** The question's answer to judge: for a follow-up, the answer to it asked in reply to the answer to `q`. */
async function answerToJudge(question: EvalQuestion, ask: EvalAsk): Promise<Answer> {
  if (question.followUp === undefined) return ask(question.q);
  const first = await ask(question.q);
  return ask(question.followUp, followUpOf(question.q, first));
}

/** Asks every question with `ask` and judges the answers; results keep the questions' order. */
export async function runEval(questions: readonly EvalQuestion[], ask: EvalAsk, options: RunEvalOptions = {}): Promise<EvalResult[]> {
  const results: EvalResult[] = new Array(questions.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < questions.length) {
      const index = next++;
      const question = questions[index]!;
      const result = judge(question, await answerToJudge(question, ask));
      results[index] = result;
      done++;
      options.onResult?.(result, done, questions.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, questions.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
