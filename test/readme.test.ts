import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const commands = README.split('\n').flatMap((line) => line.match(/(?:[A-Z_]+=\S+ )*npm run [^`#]*/g) ?? []);

it('runs every eval example on a DATA_DIR of its own, never the bot index', () => {
  // Commands to run (with arguments), not prose that names the command.
  const evals = commands.filter((c) => /npm run eval -- /.test(c));
  expect(evals.length).toBeGreaterThan(0);
  for (const command of evals) expect(command).toMatch(/DATA_DIR=/);
  // The settings-only examples that lead into an eval run name a DATA_DIR too.
  for (const line of README.split('\n').filter((l) => /MODELS_DIR=\/tmp\/tinymodels EMBEDDING_MODEL/.test(l))) expect(line).toMatch(/DATA_DIR=/);
});

it('asks for JSON through npm only with -s, so standard output holds JSON lines alone', () => {
  const json = commands.filter((c) => /npm run .*ask.*--json/.test(c));
  expect(json.length).toBeGreaterThan(0);
  for (const command of json) expect(command).toMatch(/npm run -s ask/);
});
