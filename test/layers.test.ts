import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The layers of src/, lowest first: a module imports from its own layer and the ones below it.
 * Modules outside these folders (engine.ts, metrics.ts, feedback/, ...) wire the layers together
 * and sit between answer and bot.
 */
const LAYERS = ['corpus', 'embed', 'index', 'retrieval', 'answer', 'bot'] as const;
/** Usable from every module. */
const SHARED = new Set(['config.ts', 'errors.ts', 'log.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.m?[jt]s$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier of a file: static imports and re-exports, type-only ones, and import() calls. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
}

/** The file's path under src/, with forward slashes. */
const underSrc = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

/** Rank of a module under src/: its layer's position; modules outside the layers just below bot; shared ones −1. */
function rank(relative: string): number {
  if (SHARED.has(relative)) return -1;
  const layer = LAYERS.indexOf(relative.split('/')[0] as (typeof LAYERS)[number]);
  if (layer >= 0) return layer;
  return LAYERS.indexOf('bot') - 0.5;
}

const imports = sourceFiles(SRC).flatMap((file) =>
  specifiers(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ from: underSrc(file), specifier, to: path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') })),
);

describe('imports between the folders of src/', () => {
  it('reads the imports of every module: static, type-only and dynamic', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports).toContainEqual(expect.objectContaining({ from: 'index/store.ts', to: 'index/lexical.ts' }));
    expect(imports).toContainEqual(expect.objectContaining({ from: 'cli.ts', to: 'bot/index.ts' })); // import('./bot/index.ts')
  });

  it('nothing under src/ imports from bench/, test/ or anywhere else outside src/', () => {
    expect(imports.filter((i) => i.to.startsWith('../')).map((i) => `${i.from} imports ${i.specifier}`)).toEqual([]);
  });

  it(`no module of a layer imports one above it (${LAYERS.join(' → ')}; ${[...SHARED].join(', ')} usable everywhere)`, () => {
    const upward = imports.filter((i) => LAYERS.some((layer) => i.from.startsWith(`${layer}/`)) && rank(i.to) > rank(i.from));
    expect(upward.map((i) => `${i.from} imports ${i.specifier}`)).toEqual([]);
  });

  it('the shared modules import only each other', () => {
    expect(imports.filter((i) => SHARED.has(i.from) && !SHARED.has(i.to)).map((i) => `${i.from} imports ${i.specifier}`)).toEqual([]);
  });
});
