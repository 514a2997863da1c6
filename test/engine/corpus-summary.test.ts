import { describe, expect, it } from 'vitest';
import { summarizeCorpus } from '../../src/engine.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';

const doc = (source: string, meta: Partial<DocumentMeta>) => ({ source, chunks: 1, meta: { title: source, language: 'en' as const, ...meta } });

describe('summarizeCorpus', () => {
  it('places the corpus in time by publication dates with a year, not by dates a text merely mentions', () => {
    const summary = summarizeCorpus([
      doc('a.txt', { date: { year: 2021, month: 8, day: 20, raw: '20210820' }, dateOrigin: 'address', outlet: 'Hankyung' }),
      doc('b.txt', { date: { year: 1992, month: 3, day: 23, raw: 'March 23, 1992' }, dateOrigin: 'mention', outlet: 'Azernews' }),
      doc('c.txt', { date: { year: 2023, month: 5, raw: 'May 2023' }, dateOrigin: 'top' }),
      doc('d.txt', { date: { month: 5, day: 23, raw: 'May 23' }, dateOrigin: 'top' }),
    ]);
    expect(summary).toMatchObject({ documents: 4, outlets: ['Azernews', 'Hankyung'] });
    expect(summary.earliest).toMatchObject({ year: 2021, month: 8 });
    expect(summary.latest).toMatchObject({ year: 2023, month: 5 });
  });
});
