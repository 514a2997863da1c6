import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestSyntheticSets } from '../../bench/questions.ts';

describe('the questions section', () => {
  it('asks the newest synthetic sets by their number, oldest of them first, and only sets with questions', () => {
    const fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sets-'));
    try {
      for (const name of ['synthetic', 'synthetic-2', 'synthetic-10', 'synthetic-9', 'synthetic-11', 'name-pairs']) {
        fs.mkdirSync(path.join(fixtures, name));
        fs.writeFileSync(path.join(fixtures, name, 'questions.jsonl'), '');
      }
      fs.mkdirSync(path.join(fixtures, 'synthetic-12'));
      expect(newestSyntheticSets(fixtures, 3)).toEqual(['synthetic-9', 'synthetic-10', 'synthetic-11']);
    } finally {
      fs.rmSync(fixtures, { recursive: true, force: true });
    }
  });
});
