import fs from 'node:fs';
import path from 'node:path';
import { documentHash } from '../corpus/content-hash.ts';
import { DOCUMENT_EXTENSION } from '../corpus/extract/index.ts';

/** Same rule as the corpus loader (DOCUMENT_EXTENSION), hidden entries ignored. */

/**
 * The content hash (documentHash) of every document file under seedsDir, by source path, WITHOUT parsing them: lets
 * ingest see in milliseconds that nothing changed (parsing and metadata are the slow part of
 * loading a corpus). It only ever answers for the plain case; anything the loader treats
 * specially (symlinks, unreadable entries) returns undefined, and the caller then takes the
 * full path through loadDocuments. A mismatch with the previous index also means "full path",
 * so this never has to agree with the loader on anything but plain files.
 */
export function fingerprintCorpus(seedsDir: string): Map<string, string> | undefined {
  const hashes = new Map<string, string>();
  const walk = (dir: string, prefix: string): boolean => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const source = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!walk(full, source + '/')) return false;
      } else if (entry.isFile()) {
        if (DOCUMENT_EXTENSION.test(entry.name)) hashes.set(source, documentHash(fs.readFileSync(full)));
      } else {
        return false;
      }
    }
    return true;
  };
  try {
    return walk(fs.realpathSync(seedsDir), '') ? hashes : undefined;
  } catch {
    return undefined;
  }
}
