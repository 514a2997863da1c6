import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createTinyModel } from './helpers/tiny-model.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const run = promisify(execFile);

describe('bin/run.mjs (what npm start runs)', () => {
  // A copy of the project's code (node_modules linked), so the test can edit sources freely.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'azk-launcher-'));
  for (const dir of ['bin', 'src', 'bench']) fs.cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const help = async () => (await run(process.execPath, [path.join(root, 'bin', 'run.mjs'), '--help'], { cwd: root })).stdout;

  it('bundles the sources on first use, runs the bundle, and bundles again when a source changed', async () => {
    expect(await help()).toMatch(/^Usage: node bin\/run\.mjs/);
    const bundle = path.join(root, 'dist', 'cli.js');
    const firstBuild = fs.statSync(bundle).mtimeMs;

    // Unchanged sources: the bundle is used as it is.
    await help();
    expect(fs.statSync(bundle).mtimeMs).toBe(firstBuild);

    const cli = path.join(root, 'src', 'cli.ts');
    fs.writeFileSync(cli, fs.readFileSync(cli, 'utf8').replace('Usage: node bin/run.mjs', 'Usage (edited): node bin/run.mjs'));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(cli, later, later);
    expect(await help()).toMatch(/^Usage \(edited\): node bin\/run\.mjs/);
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(firstBuild);
  });

  it('keeps \\p{…} regular expressions as literals, and bundles again when the launcher (its options) changed', async () => {
    const bundle = path.join(root, 'dist', 'cli.js');
    // Sources older than the bundle (the test above dated one ahead): it is used as it is.
    const earlier = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'src', 'cli.ts'), earlier, earlier);
    await help();
    const built = fs.statSync(bundle).mtimeMs;
    await help();
    expect(fs.statSync(bundle).mtimeMs).toBe(built);

    const code = fs.readFileSync(bundle, 'utf8');
    expect(code).toMatch(/\/\^\\p\{Lu\}/);
    expect(code).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);

    const later = new Date(Date.now() + 10_000);
    fs.utimesSync(path.join(root, 'bin', 'run.mjs'), later, later);
    await help();
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(built);
  });

  it('runs the benchmark from a bundle of its own, and the bundle of the command line holds no benchmark code', async () => {
    const { stdout } = await run(process.execPath, [path.join(root, 'bin', 'run.mjs'), 'bench', '--help'], { cwd: root });
    expect(stdout).toMatch(/^Usage: npm run bench/);
    expect(fs.readFileSync(path.join(root, 'dist', 'bench.js'), 'utf8')).toContain('// bench/run.ts');
    await help();
    expect(fs.readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8')).not.toMatch(/^\/\/ bench\//m);
  });

  it('embeds in a thread started from the bundled entry beside the command line', async () => {
    const tiny = await createTinyModel();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'azk-launcher-data-'));
    try {
      const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin', 'run.mjs'), 'ask', '--json', 'Who is Kim Jin-pyo?'], {
        cwd: root,
        env: { ...process.env, SEEDS_DIR: path.join(REPO, 'seeds'), DATA_DIR: dataDir, MODELS_DIR: tiny.modelsDir, EMBEDDING_MODEL: tiny.modelId, LOG_LEVEL: 'info' },
      });
      expect(fs.readFileSync(path.join(root, 'dist', 'model-worker.js'), 'utf8')).toContain('// src/embed/model-worker.ts');
      // The model loaded in the thread, and the answer came from hybrid retrieval with it.
      expect(stderr).toMatch(/embedding model loaded .*thread=worker/);
      expect(stderr).toMatch(/index saved .*mode=hybrid/);
      expect((JSON.parse(stdout.trim().split('\n').at(-1)!) as { abstained: boolean }).abstained).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
