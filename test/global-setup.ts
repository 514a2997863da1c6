import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every folder a test makes under os.tmpdir() goes into one folder for the run, removed when the
 * run ends: the test processes are stopped without their exit handlers, which used to leave a
 * model and a workspace behind in /tmp per test file.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'azk-test-run-'));
  // The test processes start after this and inherit it; os.tmpdir() reads TMPDIR at every call.
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
