/**
 * Loads an index in a separate process and prints the outcome as one JSON line, so a test can
 * tell a refused load (an AppError code) from a crash (a segfault kills the process).
 * Usage: node --import tsx load-child.ts <dataDir> <expectation JSON>
 */
import { isAppError } from '../../src/errors.ts';
import { loadIndex } from '../../src/index/store.ts';

const [dataDir, expectation] = process.argv.slice(2);
try {
  const index = loadIndex(dataDir!, JSON.parse(expectation!));
  console.log(JSON.stringify({ ok: true, chunks: index.store.chunkCount }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: isAppError(error) ? error.code : `unexpected: ${String(error)}` }));
}
