import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../src/cli/progress.ts';

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (t: string) => chunks.push(t) } };
}

describe('createProgressReporter', () => {
  it('prints one plain line per tenth when not on a terminal', () => {
    const { chunks, stream } = capture(false);
    const progress = createProgressReporter(stream);
    for (let done = 0; done <= 200; done++) progress.update('embedding', done, 200);
    progress.finish();
    expect(chunks).toHaveLength(11);
    expect(chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true);
    expect(chunks.at(-1)).toBe('embedding: 200/200 (100%)\n');
  });

  it('redraws one bar in place on a terminal and ends the line when finished', () => {
    const { chunks, stream } = capture(true);
    const progress = createProgressReporter(stream);
    progress.update('embedding', 5, 10);
    progress.update('embedding', 10, 10);
    progress.finish();
    expect(chunks.slice(0, 2).every((c) => c.startsWith('\r'))).toBe(true);
    expect(chunks[1]).toContain('10/10 100%');
    expect(chunks.at(-1)).toBe('\n');
  });
});
