import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test run', () => {
  it('makes its temporary folders inside one folder that the run removes at its end', () => {
    expect(path.basename(os.tmpdir())).toMatch(/^azk-test-run-/);
  });
});
