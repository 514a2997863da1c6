import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateTargets, formatText } from '../../bench/report.ts';
import type { Results } from '../../bench/report.ts';
import { PEER_PACKAGES, installPeer, peerPackageJson, peerRatios, summarizeSide } from '../../bench/peer.ts';
import type { CommandRunner, PeerResult } from '../../bench/peer.ts';
import { parseBenchArgs } from '../../bench/run.ts';

const folders: string[] = [];
function emptyFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-test-'));
  folders.push(dir);
  return path.join(dir, 'peer');
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('installing the peer', () => {
  it('pins every package and carries the project overrides into its own package.json', () => {
    const manifest = JSON.parse(peerPackageJson({ overrides: { sharp: '^0.34.0' } })) as { dependencies: Record<string, string>; overrides: Record<string, string> };
    expect(manifest.dependencies).toEqual(PEER_PACKAGES);
    for (const version of Object.values(manifest.dependencies)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.overrides).toEqual({ sharp: '^0.34.0' });
  });

  it('returns why when npm install fails, and tries again next time', () => {
    const dir = emptyFolder();
    const calls: string[][] = [];
    const failing: CommandRunner = (command, args) => {
      calls.push([command, ...args]);
      return { status: 1, output: 'npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/@langchain%2fcommunity' };
    };
    const reason = installPeer(dir, '{"name":"bench-peer"}\n', failing);
    expect(reason).toMatch(/npm install --prefix .* failed \(exit 1\)/);
    expect(reason).toContain('E404');
    expect(calls[0]).toEqual(['npm', 'install', '--prefix', dir, '--no-audit', '--no-fund', '--legacy-peer-deps']);
    expect(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe('{"name":"bench-peer"}\n');
    expect(installPeer(dir, '{"name":"bench-peer"}\n', failing)).toBeDefined();
    expect(calls).toHaveLength(2);
  });

  it('installs once for the same package.json, again when it changes', () => {
    const dir = emptyFolder();
    let calls = 0;
    const succeeding: CommandRunner = () => {
      calls++;
      fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
      return { status: 0, output: 'added 104 packages' };
    };
    expect(installPeer(dir, 'one', succeeding)).toBeUndefined();
    expect(installPeer(dir, 'one', succeeding)).toBeUndefined();
    expect(calls).toBe(1);
    expect(installPeer(dir, 'two', succeeding)).toBeUndefined();
    expect(calls).toBe(2);
  });
});

const measured = (ms: number, cpuMs: number, peakRssBytes: number, latenciesMs: number[]) => ({
  ingest: { passages: 100, ms, cpuMs, peakRssBytes },
  baseline: { rss: 90e6, peakRss: 90e6 },
  questions: { latenciesMs, cpuMsPerQuestion: 5 },
});

describe('summarising the two sides', () => {
  const project = summarizeSide(measured(10_000, 8_000, 500e6, [9, 10, 11]), 50_000);
  const langchain = summarizeSide(measured(40_000, 32_000, 8000e6, [4, 5, 6]), 50_000);

  it('gives throughput per character and the ratios the targets judge', () => {
    expect(project.charsPerSecond).toBe(5000);
    expect(langchain.charsPerSecond).toBe(1250);
    expect(project.latency.p50).toBe(10);
    const ratios = peerRatios(project, langchain);
    expect(ratios.ingestThroughput).toBe(4);
    expect(ratios.ingestCpu).toBe(4);
    expect(ratios.peakMemory).toBe(16);
    expect(ratios.questionLatencyP50).toBe(2);
  });

  const base = { corpus: { folders: ['seeds'], documents: 5, characters: 50_000, bytes: 60_000 }, questions: 3, peer: { packages: PEER_PACKAGES, dir: '.cache/peer' }, project };
  const targetsOf = (peer: PeerResult) => evaluateTargets({ targets: [], errors: {}, peer } as unknown as Results);

  it('judges ingest ≥ 2.5× and question latency ≤ 1.0× the peer', () => {
    const targets = targetsOf({ ...base, langchain, ratios: peerRatios(project, langchain) });
    expect(targets.map((t) => t.met)).toEqual([true, false]);
    expect(targets[0]!.measured).toContain('4.00×');
    expect(targets[1]!.measured).toContain('2.00×');
  });

  it('reports a skipped peer with its reason, judging nothing', () => {
    const peer: PeerResult = { ...base, skipped: 'npm install failed (exit 1): E404' };
    const targets = targetsOf(peer);
    expect(targets).toHaveLength(1);
    expect(targets[0]!.met).toBe('n/a');
    expect(targets[0]!.measured).toContain('E404');
    expect(formatText({ peer })).toContain('LangChain.js: skipped: npm install failed');
  });
});

describe('bench options', () => {
  it('runs the peer comparison only when asked for', () => {
    expect(parseBenchArgs([]).sections.has('peer')).toBe(false);
    expect([...parseBenchArgs(['--peer']).sections]).toEqual(['ingest', 'query', 'concurrency', 'questions', 'scale', 'peer']);
    expect([...parseBenchArgs(['--only', 'peer']).sections]).toEqual(['peer']);
    expect([...parseBenchArgs(['--peer', '--only', 'query']).sections]).toEqual(['query', 'peer']);
  });
});
