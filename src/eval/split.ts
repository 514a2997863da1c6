import { createHash } from 'node:crypto';
import type { EvalQuestion } from './metrics.ts';

/**
 * Which half of a question set a question falls in, for fitting on one half and checking on the
 * other. A question goes with its first gold document (so a document's questions stay together and
 * the check half asks about documents the fit never saw); one without documents goes by its id.
 * Stable: the same question lands in the same half on every machine.
 */
export function halfOf(question: EvalQuestion): 'A' | 'B' {
  const document = question.docs[0];
  return document !== undefined ? halfOfDocument(document) : halfOfKey(`id:${question.id}`);
}

/** The half a document's questions fall in (see halfOf), by its file name. */
export function halfOfDocument(file: string): 'A' | 'B' {
  return halfOfKey(file.split('/').at(-1)!);
}

function halfOfKey(key: string): 'A' | 'B' {
  return createHash('sha256').update(key).digest()[0]! % 2 === 0 ? 'A' : 'B';
}
