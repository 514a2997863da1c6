import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The layers of src/, lowest first: a module of a layer depends on nothing in a layer above it.
 * A module outside these folders (engine.ts, config.ts, feedback/, ...) sits as high as the
 * highest layer it depends on, directly or through other modules: config.ts, errors.ts and log.ts
 * depend on no layer, so every module may use them; engine.ts depends on answer, so only bot may.
 */
const LAYERS = ['corpus', 'embed', 'index', 'retrieval', 'answer', 'bot'] as const;
/** Usable from every module. */
const SHARED = ['config.ts', 'errors.ts', 'log.ts'];

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

const imports = sourceFiles(SRC).flatMap((file) =>
  specifiers(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ from: underSrc(file), specifier, to: path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') })),
);

const layerOf = (module: string) => LAYERS.indexOf(module.split('/')[0] as (typeof LAYERS)[number]);

/** Each module's rank: its layer's position, or for a module outside the layers the highest rank it depends on (−1 for none). */
function ranks(): Map<string, number> {
  const rank = new Map<string, number>();
  const of = (module: string) => (layerOf(module) >= 0 ? layerOf(module) : (rank.get(module) ?? -1));
  // Raised until nothing changes, which also settles modules that import each other.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { from, to } of imports) {
      if (layerOf(from) >= 0 || of(to) <= of(from)) continue;
      rank.set(from, of(to));
      changed = true;
    }
  }
  return new Map([...new Set(imports.flatMap((i) => [i.from, i.to]))].map((module) => [module, of(module)]));
}

describe('imports between the folders of src/', () => {
  it('reads the imports of every module: static, type-only and dynamic', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports).toContainEqual(expect.objectContaining({ from: 'index/store.ts', to: 'index/lexical.ts' }));
    expect(imports).toContainEqual(expect.objectContaining({ from: 'cli.ts', to: 'bot/index.ts' })); // import('./bot/index.ts')
  });

  it('nothing under src/ imports from bench/, test/ or anywhere else outside src/', () => {
    expect(imports.filter((i) => i.to.startsWith('../')).map((i) => `${i.from} imports ${i.specifier}`)).toEqual([]);
  });

  it(`no module of a layer depends on one above it (${LAYERS.join(' → ')})`, () => {
    const rank = ranks();
    const upward = imports.filter((i) => layerOf(i.from) >= 0 && rank.get(i.to)! > layerOf(i.from));
    expect(upward.map((i) => `${i.from} imports ${i.specifier}, which depends on ${LAYERS[rank.get(i.to)!]}/`)).toEqual([]);
  });

  it(`${SHARED.join(', ')} depend on no layer, so every module may use them`, () => {
    const rank = ranks();
    expect(SHARED.map((module) => [module, rank.get(module)])).toEqual(SHARED.map((module) => [module, -1]));
  });
});
