import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SETTINGS, type Setting } from './settings.ts';

/**
 * README's settings table and `.env.example`, made from src/settings.ts so that neither can list a
 * setting the schema lacks, miss one, or show another default. test/config.test.ts checks they are
 * current; `npm run settings-docs` writes them.
 */

const settings: readonly Setting[] = Object.values(SETTINGS);

const TABLE_HEADER = '| Setting | Default | Accepts | What it does |';

export function settingsTable(): string {
  const rows = settings.map((s) => `| \`${s.env}\` | ${s.default === '' ? '(empty)' : `\`${s.default}\``} | ${s.accepts} | ${s.description} |`);
  return [TABLE_HEADER, '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function envExample(): string {
  const head = [
    '# Copy to .env and fill in BOT_TOKEN. Every setting is optional except BOT_TOKEN for `npm start`.',
    '# The defaults shown are the ones used when a line is absent or empty (src/settings.ts declares them;',
    '# this file is written by `npm run settings-docs`).',
  ];
  return [...head, ...settings.flatMap((s) => ['', `# ${s.description}`, `${s.env}=${s.default}`])].join('\n') + '\n';
}

/** The README with its settings table (from the header row to the first line that is not a row) replaced. */
export function withSettingsTable(readme: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| Setting |'));
  if (start < 0) throw new Error('README.md has no settings table (a line starting with "| Setting |")');
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end += 1;
  return [...lines.slice(0, start), settingsTable(), ...lines.slice(end)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const readmeFile = path.join(root, 'README.md');
  writeFileSync(readmeFile, withSettingsTable(readFileSync(readmeFile, 'utf8')));
  writeFileSync(path.join(root, '.env.example'), envExample());
}
