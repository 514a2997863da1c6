/**
 * Peer section (`--peer`): the project next to the LangChain.js pipeline people reach for first,
 * on the same real corpus, the same bench model and the same questions, each side in a fresh
 * process of its own so that peak memory is measured apart. The peer is installed on demand into
 * .cache/peer/ (never a dependency of the project); when that fails, the section says why and is
 * skipped. The peer's program is bench/peer-langchain-child.mjs, the project's
 * bench/peer-project-child.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT, childEnvFor, makeQuestions, tempDir } from './context.ts';
import type { Context } from './context.ts';
import { distribution } from './stats.ts';
import type { Distribution } from './stats.ts';

/** The peer as the issue names it, pinned; @langchain/textsplitters 0.1.0 and @langchain/core 0.3.0 are the releases that go with @langchain/community 0.3.0. */
export const PEER_PACKAGES: Readonly<Record<string, string>> = {
  '@langchain/community': '0.3.0',
  '@langchain/core': '0.3.0',
  '@langchain/textsplitters': '0.1.0',
  langchain: '0.3.0',
  'hnswlib-node': '3.0.0',
  '@xenova/transformers': '2.17.2',
};
export const PEER_DIR = path.join(REPO_ROOT, '.cache', 'peer');
const PEER_CHILD = 'peer-langchain-child.mjs';

/** The corpus both sides ingest: real articles, in the folders they are kept in. */
export const PEER_CORPUS_FOLDERS = [
  { name: 'seeds', dir: path.join(REPO_ROOT, 'seeds') },
  { name: 'corpus-dev', dir: path.resolve(REPO_ROOT, '../shared/eval/corpus-dev') },
];
const QUESTION_SETS = ['../shared/eval/corpus-dev-questions.jsonl', '../shared/eval/seeds-dev.jsonl'].map((f) => path.resolve(REPO_ROOT, f));

/**
 * The peer folder's package.json: the pinned packages, and the project's own `overrides` (sharp
 * ^0.34, whose prebuilt binaries come from the npm registry; the sharp that @xenova/transformers
 * asks for downloads them from elsewhere at install time).
 */
export function peerPackageJson(projectPackageJson: { overrides?: Record<string, string> }): string {
  return JSON.stringify({ name: 'bench-peer', private: true, type: 'module', dependencies: PEER_PACKAGES, overrides: projectPackageJson.overrides ?? {} }, null, 2) + '\n';
}

export type CommandRunner = (command: string, args: readonly string[]) => { status: number | null; output: string };

const runCommand: CommandRunner = (command, args) => {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}` };
};

/**
 * Installs the peer into `dir` unless the same package.json is already installed there (a marker
 * file records a finished install). Returns why it could not, or undefined when it is ready.
 * --legacy-peer-deps: @langchain/community 0.3.0 lists dozens of optional peer dependencies, some of
 * which conflict with one another (better-sqlite3 < 12 against typeorm's ^12); only the packages
 * named here are wanted.
 */
export function installPeer(dir: string, packageJson: string, run: CommandRunner = runCommand): string | undefined {
  const marker = path.join(dir, 'node_modules', '.bench-peer-installed');
  const manifest = path.join(dir, 'package.json');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === packageJson) return undefined;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(manifest, packageJson);
  const result = run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--legacy-peer-deps']);
  if (result.status !== 0) {
    // npm's first error lines say what went wrong (code, then message); the rest is a stack trace and the log's path.
    const lines = result.output.trim().split('\n');
    const errors = lines.filter((line) => line.startsWith('npm error') && !/^npm error\s+at /u.test(line)).slice(0, 4);
    const why = (errors.length > 0 ? errors : lines.slice(-6)).map((line) => line.trim()).join('; ');
    return `npm install --prefix ${path.relative(REPO_ROOT, dir) || dir} failed (exit ${result.status ?? 'signal'}): ${why}`;
  }
  fs.writeFileSync(marker, packageJson);
  return undefined;
}

/** What a child reports: its ingest first, then each question it was sent, then its CPU per question. */
export interface ChildMeasurement {
  ingest: { passages: number; ms: number; cpuMs: number; peakRssBytes: number };
  baseline: { rss: number; peakRss: number };
  /** stagesMs: the time of each step inside each answer, by step (the project's side only). */
  questions: { latenciesMs: number[]; stagesMs?: Record<string, number[]>; cpuMsPerQuestion: number };
}

/**
 * A child process that ingests, reports it as one JSON line, then answers one question per line
 * of its standard input with one JSON line each (its own timing), and its CPU per question when
 * its input ends. Both sides stay up together so their questions can be asked alternately: a host
 * that slows down during the run (other work on the cores) then weighs on both alike.
 */
class QuestionChild {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private stderr = '';

  constructor(
    private readonly what: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-4000)));
    this.lines = readline.createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  async next<T>(): Promise<T> {
    const line = await this.lines.next();
    if (line.done === true) {
      if (this.child.exitCode === null && this.child.signalCode === null) await new Promise((resolve) => this.child.once('close', resolve));
      throw new Error(`${this.what} ended early (exit ${this.child.exitCode ?? this.child.signalCode}): ${this.stderr.trim()}`);
    }
    return JSON.parse(line.value) as T;
  }

  ask(question: string): Promise<{ ms: number; stages?: Record<string, number> }> {
    this.child.stdin.write(JSON.stringify(question) + '\n');
    return this.next();
  }

  async finish(): Promise<{ cpuMsPerQuestion: number }> {
    this.child.stdin.end();
    return this.next();
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

export interface PeerSide {
  passages: number;
  ingestMs: number;
  ingestCpuMs: number;
  charsPerSecond: number;
  /** Peak RSS of the process up to the end of ingest, and its RSS before ingest began (Node, libraries). */
  peakRssBytes: number;
  baselineRssBytes: number;
  latency: Distribution;
  /** The steps within that latency (embedMs, vectorMs, lexicalMs, fusionMs, composeMs), where the side reports them. */
  stageLatency?: Record<string, Distribution>;
  cpuMsPerQuestion: number;
}

export interface PeerResult {
  corpus: { folders: string[]; documents: number; characters: number; bytes: number };
  questions: number;
  peer: { packages: Readonly<Record<string, string>>; dir: string };
  project: PeerSide;
  langchain?: PeerSide;
  /** Why the peer did not run (install or run failed). */
  skipped?: string;
  /** Project ingest chars/s ÷ peer's (target ≥ 2.5), peer CPU ÷ project CPU, project p50 ÷ peer p50 (target ≤ 1.0). */
  ratios?: { ingestThroughput: number; ingestCpu: number; peakMemory: number; questionLatencyP50: number };
}

export function summarizeSide(measured: ChildMeasurement, characters: number): PeerSide {
  return {
    passages: measured.ingest.passages,
    ingestMs: measured.ingest.ms,
    ingestCpuMs: measured.ingest.cpuMs,
    charsPerSecond: (characters / measured.ingest.ms) * 1000,
    peakRssBytes: measured.ingest.peakRssBytes,
    baselineRssBytes: measured.baseline.rss,
    latency: distribution(measured.questions.latenciesMs),
    ...(measured.questions.stagesMs !== undefined ? { stageLatency: Object.fromEntries(Object.entries(measured.questions.stagesMs).map(([name, times]) => [name, distribution(times)])) } : {}),
    cpuMsPerQuestion: measured.questions.cpuMsPerQuestion,
  };
}

export function peerRatios(project: PeerSide, langchain: PeerSide): NonNullable<PeerResult['ratios']> {
  return {
    ingestThroughput: project.charsPerSecond / langchain.charsPerSecond,
    ingestCpu: langchain.ingestCpuMs / project.ingestCpuMs,
    peakMemory: langchain.peakRssBytes / project.peakRssBytes,
    questionLatencyP50: project.latency.p50 / langchain.latency.p50,
  };
}

/** The questions of the dev sets (their `q` fields), else questions built from the corpus sentences. */
export function peerQuestions(ctx: Context): string[] {
  const questions: string[] = [];
  for (const file of QUESTION_SETS.filter((f) => fs.existsSync(f))) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const q = line.trim() === '' ? undefined : (JSON.parse(line) as { q?: unknown }).q;
      if (typeof q === 'string') questions.push(q);
    }
  }
  return questions.length > 0 ? questions : makeQuestions(ctx, 120);
}

/** Copies the corpus folders into one folder (both sides read it the same way, as plain text); returns its size. */
function copyCorpus(ctx: Context): { dir: string; corpus: PeerResult['corpus'] } {
  const dir = tempDir(ctx, 'bench-peer-corpus-');
  const corpus: PeerResult['corpus'] = { folders: [], documents: 0, characters: 0, bytes: 0 };
  for (const folder of PEER_CORPUS_FOLDERS.filter((f) => fs.existsSync(f.dir))) {
    corpus.folders.push(path.relative(REPO_ROOT, folder.dir));
    fs.mkdirSync(path.join(dir, folder.name));
    for (const file of fs.readdirSync(folder.dir).filter((f) => f.endsWith('.txt'))) {
      const bytes = fs.readFileSync(path.join(folder.dir, file));
      fs.writeFileSync(path.join(dir, folder.name, file), bytes);
      corpus.documents++;
      corpus.bytes += bytes.length;
      corpus.characters += bytes.toString('utf8').length;
    }
  }
  return { dir, corpus };
}

/** Starts a child and waits for its ingest; undefined (and why) when it fails. */
async function startChild(what: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ child: QuestionChild; ingest: Pick<ChildMeasurement, 'ingest' | 'baseline'> }> {
  const child = new QuestionChild(what, args, env);
  try {
    return { child, ingest: await child.next() };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** Asks both sides every question, one side after the other in alternating order, after a warm-up of ten. */
async function askAlternately(sides: QuestionChild[], questions: readonly string[]): Promise<ChildMeasurement['questions'][]> {
  for (const question of questions.slice(0, 10)) for (const side of sides) await side.ask(question);
  const measured = sides.map(() => ({ latenciesMs: [] as number[], stagesMs: {} as Record<string, number[]> }));
  for (const [i, question] of questions.entries()) {
    const order = i % 2 === 0 ? sides.keys() : [...sides.keys()].reverse();
    for (const s of order) {
      const answer = await sides[s]!.ask(question);
      measured[s]!.latenciesMs.push(answer.ms);
      for (const [name, ms] of Object.entries(answer.stages ?? {})) (measured[s]!.stagesMs[name] ??= []).push(ms);
    }
  }
  const results: ChildMeasurement['questions'][] = [];
  for (const [s, side] of sides.entries()) {
    const { cpuMsPerQuestion } = await side.finish();
    const { latenciesMs, stagesMs } = measured[s]!;
    results.push({ latenciesMs, cpuMsPerQuestion, ...(Object.keys(stagesMs).length > 0 ? { stagesMs } : {}) });
  }
  return results;
}

export async function benchPeer(ctx: Context): Promise<PeerResult> {
  const { dir: corpusDir, corpus } = copyCorpus(ctx);
  const questions = peerQuestions(ctx);
  ctx.progress(`peer: corpus of ${corpus.documents} documents (${corpus.characters} characters), ${questions.length} questions`);

  ctx.progress(`peer: installing LangChain.js into ${path.relative(REPO_ROOT, PEER_DIR)} (once)`);
  const projectPackage = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { overrides?: Record<string, string> };
  let skipped: string | undefined;
  try {
    skipped = installPeer(PEER_DIR, peerPackageJson(projectPackage));
  } catch (error) {
    skipped = `could not prepare ${path.relative(REPO_ROOT, PEER_DIR)}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (skipped !== undefined) ctx.progress(`peer: LangChain.js skipped: ${skipped}`);

  ctx.progress('peer: the project ingests in a fresh process');
  const { bundle } = await import('../bin/run.mjs');
  const bundled = path.join(REPO_ROOT, 'dist', `bench-peer-project-child-${process.pid}.js`);
  ctx.temporary.push(bundled, `${bundled}.map`);
  await bundle(path.join(REPO_ROOT, 'bench', 'peer-project-child.ts'), bundled);
  const projectEnv = childEnvFor(ctx, corpusDir, tempDir(ctx, 'bench-peer-project-'));
  const sides = [await startChild('the project child', [bundled], projectEnv)];
  try {
    if (skipped === undefined) {
      ctx.progress('peer: LangChain.js ingests in a fresh process');
      const args = [path.join(PEER_DIR, PEER_CHILD), corpusDir, ctx.modelsDir, ctx.modelId, tempDir(ctx, 'bench-peer-langchain-')];
      try {
        fs.copyFileSync(path.join(REPO_ROOT, 'bench', PEER_CHILD), path.join(PEER_DIR, PEER_CHILD));
        sides.push(await startChild('the LangChain.js child', args, { ...process.env }));
      } catch (error) {
        skipped = error instanceof Error ? error.message : String(error);
        ctx.progress(`peer: LangChain.js skipped: ${skipped}`);
      }
    }
    ctx.progress(`peer: ${questions.length} questions, asked of ${sides.length === 2 ? 'both sides alternately' : 'the project'}`);
    const answered = await askAlternately(sides.map((s) => s.child), questions);
    const [project, langchain] = sides.map((side, i) => summarizeSide({ ...side.ingest, questions: answered[i]! }, corpus.characters));
    const result: PeerResult = { corpus, questions: questions.length, peer: { packages: PEER_PACKAGES, dir: path.relative(REPO_ROOT, PEER_DIR) }, project: project! };
    return langchain === undefined ? { ...result, skipped: skipped ?? 'not run' } : { ...result, langchain, ratios: peerRatios(project!, langchain) };
  } finally {
    for (const side of sides) side.child.kill();
  }
}
