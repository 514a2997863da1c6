import { describe, expect, it } from 'vitest';
import { selfTimes } from '../../bench/profile.ts';
import { parseBenchArgs } from '../../bench/run.ts';

describe('the bench CPU profile', () => {
  it('is asked for with --cpu-profile FILE, and not made otherwise', () => {
    expect(parseBenchArgs(['--only', 'query', '--cpu-profile', 'q.cpuprofile']).cpuProfile).toBe('q.cpuprofile');
    expect(parseBenchArgs(['--only', 'query']).cpuProfile).toBeUndefined();
  });

  it('adds up each function\'s own time over its samples, most first', () => {
    const frame = (functionName: string, lineNumber: number) => ({ functionName, url: 'file:///x/dist/bench.js', lineNumber });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('', 0) },
        { id: 2, callFrame: frame('searchWords', 9) },
        { id: 3, callFrame: frame('scoreWord', 19) },
      ],
      samples: [2, 3, 3, 2, 3, 1],
      timeDeltas: [100, 200, 300, 100, 400, 50],
    };
    const { sampledMs, top } = selfTimes(profile, 2);
    expect(sampledMs).toBeCloseTo(1.15);
    expect(top).toEqual([
      { name: 'scoreWord bench.js:20', selfMs: 0.9 },
      { name: 'searchWords bench.js:10', selfMs: 0.2 },
    ]);
  });
});
