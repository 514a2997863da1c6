/**
 * The project's side of `npm run bench -- --peer`, in a fresh process so that its peak memory is
 * its own: the project's ingest of SEEDS_DIR into DATA_DIR (settings from the environment, as
 * npm start reads them), then each question answered in full (engine.askTraced, which is what
 * engine.ask runs: retrieval, composition, citations), noting the time of each step (embedding, searches, fusion, composition).
 * bench/peer.ts bundles this file the way bin/run.mjs bundles the CLI, runs it as `node <bundle>`
 * and speaks its line protocol (QuestionChild): the ingest as one JSON line, then one JSON line
 * per question it is sent on standard input.
 */
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createConfig } from '../src/config.ts';
import { createEngine, prepareIndex } from '../src/engine.ts';

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Peak resident memory of this process so far (ru_maxrss, reported by Node in KiB). */
function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

async function measureProject(): Promise<void> {
  // Every question is new to the engine, as to the peer, which keeps no question vectors: the
  // warm-up's questions are asked again in the timed run.
  const config = createConfig({ ...process.env, QUERY_VECTOR_CACHE: '0' });
  const baseline = { rss: process.memoryUsage().rss, peakRss: peakRssBytes() };

  const cpuStart = cpuMs();
  const started = performance.now();
  const prepared = await prepareIndex(config);
  const ms = performance.now() - started;
  const ingestCpuMs = cpuMs() - cpuStart;
  const ingestPeak = peakRssBytes();
  await prepared.embedder?.dispose();
  if (prepared.ingest === undefined || prepared.ingest.mode !== 'hybrid') {
    throw new Error(`the project did not build a hybrid index${prepared.modelError !== undefined ? `: ${prepared.modelError}` : ''}`);
  }
  const ingest = { documents: prepared.ingest.documents, passages: prepared.ingest.chunks, ms, cpuMs: ingestCpuMs, peakRssBytes: ingestPeak };

  const { engine } = await createEngine(config);
  try {
    process.stdout.write(JSON.stringify({ ingest, baseline }) + '\n');
    let questionCpuMs = 0;
    let answered = 0;
    for await (const line of readline.createInterface({ input: process.stdin })) {
      const question = JSON.parse(line) as string;
      const cpuStart = cpuMs();
      const t = performance.now();
      const traced = await engine.askTraced(question);
      const ms = performance.now() - t;
      questionCpuMs += cpuMs() - cpuStart;
      answered++;
      const stages = { ...traced.retrieval.timings, composeMs: traced.composeMs };
      process.stdout.write(JSON.stringify({ ms, stages }) + '\n');
    }
    process.stdout.write(JSON.stringify({ cpuMsPerQuestion: questionCpuMs / Math.max(1, answered) }) + '\n');
  } finally {
    await engine.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureProject().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
