import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../corpus/sentences.ts';
import { normalizeForMatch } from './metrics.ts';
import type { EvalQuestion } from './metrics.ts';
import { AppError } from '../errors.ts';
import { halfOfDocument } from './split.ts';

/**
 * The corpora `npm run calibrate` asks a question set over: the seeds with the set's documents in
 * a folder of their own (as a user adds articles beside the seeds), and the two kinds of corpus
 * that make unanswerable questions out of answerable ones.
 */

/** A copy of the seeds with the documents of `docsDir` under `folder`, those of half `without` left out. */
export function combinedCorpus(seedsDir: string, docsDir: string, folder: string, into: string, without?: 'A' | 'B'): string {
  cpSync(seedsDir, into, { recursive: true });
  for (const entry of readdirSync(docsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || (without !== undefined && halfOfDocument(entry.name) === without)) continue;
    const relative = path.relative(docsDir, path.join(entry.parentPath, entry.name));
    mkdirSync(path.dirname(path.join(into, folder, relative)), { recursive: true });
    cpSync(path.join(entry.parentPath, entry.name), path.join(into, folder, relative));
  }
  return into;
}

/**
 * A copy of a combined corpus in which the documents under `folder` that answer `questions` lack
 * every sentence holding one of the questions' answers: the articles are still there, about the
 * same people and events, but what was asked is not, as for a question about someone's age or an
 * office's budget that the news never gives.
 */
export function corpusWithoutAnswers(combined: string, folder: string, questions: readonly EvalQuestion[], into: string): string {
  cpSync(combined, into, { recursive: true });
  const answersOf = new Map<string, string[]>();
  for (const q of questions) for (const doc of q.docs) answersOf.set(doc, [...(answersOf.get(doc) ?? []), ...q.answer.map(normalizeForMatch)]);
  for (const entry of readdirSync(path.join(into, folder), { recursive: true, withFileTypes: true })) {
    const answers = answersOf.get(entry.name);
    if (!entry.isFile() || answers === undefined) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    let kept = '';
    let from = 0;
    for (const sentence of splitSentences(text)) {
      const normalized = normalizeForMatch(sentence.text);
      if (!answers.some((answer) => normalized.includes(answer))) continue;
      kept += text.slice(from, sentence.start);
      from = sentence.end;
    }
    writeFileSync(file, kept + text.slice(from));
  }
  return into;
}

/** A question set asked over the seeds and its own documents; only the questions of `halves` are read. */
export interface DocumentSet {
  name: string;
  questions: string;
  docs: string;
  halves: readonly ('A' | 'B')[];
}

/** `--set DIR` (a folder with docs/ and questions.jsonl), `--set DIR:A` for its half A alone. */
export function parseDocumentSet(value: string): DocumentSet {
  const match = /^(.*?)(?::([AB]))?$/.exec(value)!;
  const dir = match[1]!;
  const set = { name: path.basename(dir) + (match[2] !== undefined ? ` half ${match[2]}` : ''), questions: path.join(dir, 'questions.jsonl'), docs: path.join(dir, 'docs'), halves: match[2] !== undefined ? [match[2] as 'A' | 'B'] : (['A', 'B'] as const) };
  if (!existsSync(set.questions) || !existsSync(set.docs)) throw new AppError('USAGE', `A question set needs ${set.questions} and ${set.docs}.`);
  return set;
}
