import path from 'node:path';
import type { Stats } from 'node:fs';
import { DOCUMENT_EXTENSION } from './corpus/extract/index.ts';
import { CURRENT_FILE } from './index/store.ts';
import type { LiveEngine } from './live-engine.ts';
import { silentLogger, type Logger } from './log.ts';

/** Quiet time after the last change before an ingest starts: a copied folder is one ingest, not fifty. */
export const DEFAULT_DEBOUNCE_MS = 750;

export interface CorpusWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  logger?: Logger;
  debounceMs?: number;
}

/**
 * Watches SEEDS_DIR for documents added, changed or removed, and DATA_DIR's CURRENT for an index
 * written by another process (`npm run ingest`); after a quiet moment the live engine refreshes,
 * which ingests incrementally and swaps the new index in. Resolves once watching has begun.
 */
export async function watchCorpus(engine: LiveEngine, dirs: { seedsDir: string; dataDir: string }, options: WatchOptions = {}): Promise<CorpusWatcher> {
  const logger = options.logger ?? silentLogger;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const seedsDir = path.resolve(dirs.seedsDir);
  const dataDir = path.resolve(dirs.dataDir);
  const currentFile = path.join(dataDir, CURRENT_FILE);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  /** A document changed since the last refresh; otherwise only CURRENT did, and loading it is enough. */
  let documentsChanged = false;

  const updated = () => logger.info('index updated after a change on disk', { documents: engine.status().documents });
  const schedule = (event: string, file: string) => {
    if (closed) return;
    logger.debug('corpus change seen', { event, file });
    if (file !== currentFile) documentsChanged = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!documentsChanged) {
        if (engine.reload()) updated();
        return;
      }
      documentsChanged = false;
      void engine.refresh().then((result) => {
        if (result.swapped) updated();
      });
    }, debounceMs);
  };

  const ignored = (file: string, stats?: Stats): boolean => {
    const resolved = path.resolve(file);
    if (resolved === seedsDir || resolved === dataDir) return false;
    if (resolved.startsWith(dataDir + path.sep)) return resolved !== currentFile;
    if (path.basename(resolved).startsWith('.')) return true;
    return stats?.isFile() === true && !DOCUMENT_EXTENSION.test(resolved);
  };

  const { watch } = await import('chokidar'); // only the bot watches; the CLI never loads it
  const watcher = watch([seedsDir, dataDir], { ignoreInitial: true, ignored, followSymlinks: false });
  for (const event of ['add', 'change', 'unlink', 'unlinkDir'] as const) {
    watcher.on(event, (file: string) => {
      const resolved = path.resolve(file);
      // A folder removed with its documents also reports each file; a new empty folder changes nothing.
      if (resolved.startsWith(dataDir + path.sep) && resolved !== currentFile) return;
      schedule(event, resolved);
    });
  }
  watcher.on('error', (error: unknown) => logger.warn('watching the documents failed', { error: String(error) }));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  logger.info('watching for document changes', { seedsDir });
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
