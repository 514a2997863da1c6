#!/usr/bin/env node
/**
 * Runs the command line (src/cli.ts) from JavaScript bundled by esbuild into dist/, so that a
 * start does not compile TypeScript first: loading tsx and transpiling the sources took about
 * 0.4 s of a 1.7 s start to a ready bot. The bundle is made again, in about 0.2 s, whenever a file
 * it is made from is newer than it (or it is missing), so edited sources always run. Where dist/
 * cannot be written (a read-only install), it runs the TypeScript through tsx instead.
 *
 * `bench` runs the benchmark (bench/run.ts), bundled the same way into a file of its own, so that
 * it measures the code npm start runs while the CLI's bundle holds no benchmark code. Both start
 * the embedding thread from dist/model-worker.js, bundled beside them.
 *
 *   node bin/run.mjs <command> [options]      (what npm start / ingest / ask / eval / bench run)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Each program: its TypeScript entry, its bundle, and the folders its sources are in. */
const PROGRAMS = {
  cli: { entry: path.join(ROOT, 'src', 'cli.ts'), outFile: path.join(ROOT, 'dist', 'cli.js'), sourceDirs: ['src'] },
  bench: { entry: path.join(ROOT, 'bench', 'run.ts'), outFile: path.join(ROOT, 'dist', 'bench.js'), sourceDirs: ['src', 'bench'] },
  /** The embedding thread's entry, which both programs start beside themselves (src/embed/model-thread.ts). */
  modelWorker: { entry: path.join(ROOT, 'src', 'embed', 'model-worker.ts'), outFile: path.join(ROOT, 'dist', 'model-worker.js'), sourceDirs: ['src'] },
};

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestIn(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(program) {
  let built;
  try {
    built = fs.statSync(program.outFile).mtimeMs;
  } catch {
    return true;
  }
  // This file holds the bundle's options: a bundle older than it was made with other ones.
  if (fs.statSync(fileURLToPath(import.meta.url)).mtimeMs > built) return true;
  return program.sourceDirs.some((dir) => newestIn(path.join(ROOT, dir)) > built);
}

/**
 * Bundles `entry` and what it imports from the project (packages stay imports) into one ES module
 * file for Node 20, `outFile`, with its source map beside it. Written under a name of its own first
 * and renamed in place, so a start, or two starts at once, never read a half-written bundle.
 */
export async function bundle(entry, outFile) {
  const { build } = await import('esbuild');
  const staging = `${outFile}.${process.pid}.tmp.js`;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  try {
    await build({
      entryPoints: [entry],
      outfile: staging,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // Node 20 reads \p{…} in regular expressions; lowered to `new RegExp(…)` by default, each
      // such literal inside a function was built again on every call (measured: a test of every
      // token of a sentence against /^\p{Lu}\p{Ll}+…/u took 5.5 µs a sentence lowered, 1.8 µs not).
      supported: { 'regexp-unicode-property-escapes': true },
      sourcemap: true,
      logLevel: 'warning',
    });
    fs.renameSync(`${staging}.map`, `${outFile}.map`);
    fs.renameSync(staging, outFile);
  } finally {
    fs.rmSync(staging, { force: true });
    fs.rmSync(`${staging}.map`, { force: true });
  }
}

/** The program's module, bundled first (with the embedding thread's entry) when a source is newer than its bundle. */
async function load(program) {
  const stale = [program, PROGRAMS.modelWorker].filter(isStale);
  if (stale.length > 0) {
    try {
      for (const each of stale) await bundle(each.entry, each.outFile);
    } catch (error) {
      process.stderr.write(`note: could not bundle the sources into ${program.outFile} (${error instanceof Error ? error.message : String(error)}); running the TypeScript through tsx\n`);
      const { register } = await import('tsx/esm/api');
      register();
      return import(pathToFileURL(program.entry).href);
    }
  }
  return import(pathToFileURL(program.outFile).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const { runCommandLine } = argv[0] === 'bench' ? await load(PROGRAMS.bench) : await load(PROGRAMS.cli);
  await runCommandLine(argv[0] === 'bench' ? argv.slice(1) : argv);
}
