import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTinyModel } from './tiny-model.ts';

const REPO_SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface Workspace {
  root: string;
  seedsDir: string;
  dataDir: string;
  /** Environment for createConfig / the CLI: this workspace, the tiny model, no downloads. */
  env: Record<string, string>;
  remove(): void;
}

/**
 * A temp folder with a copy of the repo's seeds and an empty DATA_DIR, set up to use the tiny
 * test model through the real loading path with remote models off.
 */
export async function createWorkspace(options: { withSeeds?: boolean } = {}): Promise<Workspace> {
  const model = await createTinyModel();
  const root = mkdtempSync(path.join(os.tmpdir(), 'azk-ws-'));
  const seedsDir = path.join(root, 'seeds');
  const dataDir = path.join(root, 'data');
  if (options.withSeeds ?? true) cpSync(REPO_SEEDS, seedsDir, { recursive: true });
  return {
    root,
    seedsDir,
    dataDir,
    env: {
      SEEDS_DIR: seedsDir,
      DATA_DIR: dataDir,
      MODELS_DIR: model.modelsDir,
      EMBEDDING_MODEL: model.modelId,
      ALLOW_REMOTE_MODELS: 'false',
      LOG_LEVEL: 'warn',
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
