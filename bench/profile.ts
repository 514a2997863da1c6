/**
 * `--cpu-profile FILE`: a V8 CPU profile of the query section's questions only (not the index build
 * or the other checks), written for Chrome DevTools or any .cpuprofile viewer, with the functions
 * that took the most time themselves printed beside the results.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

export interface ProfileSummary {
  file: string;
  sampledMs: number;
  /** Functions by their own (self) time, most first. */
  top: { name: string; selfMs: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file and line), from the profile's samples. */
export function selfTimes(profile: CpuProfile, count: number): { sampledMs: number; top: ProfileSummary['top'] } {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const byName = new Map<string, number>();
  let sampledUs = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodeById.get(id)?.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    sampledUs += us;
    if (frame === undefined) return;
    const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url) || '(native)'}:${frame.lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  });
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => ({ name, selfMs: us / 1000 }));
  return { sampledMs: sampledUs / 1000, top };
}

/** Runs `work` under the CPU profiler and writes the profile to `file`. */
export async function withCpuProfile<T>(file: string, work: () => Promise<T>): Promise<{ result: T; profile: ProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    return { result, profile: { file, ...selfTimes(profile, 15) } };
  } finally {
    session.disconnect();
  }
}
