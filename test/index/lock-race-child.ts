/**
 * One contender in the lock race of lock.test.ts. For each line `<round>` on standard input it
 * tries to take DATA_DIR's writer lock; holding it, it creates the file `<held>` exclusively (so
 * two holders at once show as a failed creation), keeps it a moment, removes it and releases.
 * Prints one line per round: `<round> acquired`, `<round> busy` or `<round> overlap`.
 * Usage: node --import tsx lock-race-child.ts <dataDir> <held>
 */
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { acquireWriteLock } from '../../src/index/lock.ts';

const [dataDir, held] = process.argv.slice(2) as [string, string];
const pause = new Int32Array(new SharedArrayBuffer(4));

for await (const round of createInterface({ input: process.stdin })) {
  let release: (() => void) | undefined;
  try {
    release = acquireWriteLock(dataDir);
  } catch (error) {
    if ((error as { code?: string }).code !== 'INDEX_BUSY') throw error;
  }
  let outcome = 'busy';
  if (release !== undefined) {
    try {
      fs.writeFileSync(held, String(process.pid), { flag: 'wx' });
      outcome = 'acquired';
      Atomics.wait(pause, 0, 0, 5); // a holder that overlapped with another would be caught here
      fs.rmSync(held);
    } catch {
      outcome = 'overlap';
    }
    release();
  }
  process.stdout.write(`${round} ${outcome}\n`);
}
