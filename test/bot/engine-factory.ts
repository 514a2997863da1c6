import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createConfig } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { createWorkspace } from '../helpers/workspace.ts';

/** A document the end-to-end tests index: a file name and its text, as it would sit in SEEDS_DIR. */
export interface TestDocument {
  name: string;
  text: string;
}

/**
 * Documents the bot tests ask about. Each has words no other has, so any retrieval finds it.
 * The last one carries markup and ampersands that must reach the user escaped.
 */
export const TEST_DOCUMENTS: TestDocument[] = [
  {
    name: 'ambassador.txt',
    text:
      'Bayramov receives new Korean ambassador\n\n' +
      'BAKU, Azerbaijan, May 23. Foreign Minister Jeyhun Bayramov received the newly appointed Ambassador of the Republic of Korea, Kang Kymgu, the ministry told Trend. ' +
      'The ambassador presented a copy of his credentials to Minister Bayramov. ' +
      'The sides discussed cooperation in the economy, investments, education and tourism.',
  },
  {
    name: 'students.txt',
    text:
      'Azerbaijani students in Korea\n\n' +
      'SEOUL, March 4. About 200 Azerbaijani students are studying at universities in Korea, the embassy told Report. ' +
      'Scholarships from the Korean government support many of these students. ' +
      'Exchange programmes in engineering and medicine keep growing.',
  },
  {
    name: 'markup.txt',
    text:
      'Quokkavale memorandum on R&D\n\n' +
      'The Quokkavale memorandum says <b>bold</b> claims & R&D cooperation will follow, with "quoted" terms and a <script>fake</script> tag. ' +
      'Signatories of the Quokkavale memorandum promised joint laboratories.',
  },
];

/** The question length limit the bot tests use, for the bot and the engine alike. */
export const TEST_MAX_QUESTION_CHARS = 300;

const cleanups: (() => void)[] = [];

/**
 * Builds the real engine the bot end-to-end tests run against: the documents are written into a
 * temporary SEEDS_DIR and ingested with the tiny test model (hybrid mode, nothing downloaded).
 * The tests assert only what holds for any engine that finds a document by its unusual words.
 * Workspaces are removed when the test process exits.
 */
export async function createTestEngine(documents: TestDocument[] = TEST_DOCUMENTS, settings: Record<string, string> = {}): Promise<Engine> {
  const ws = await createWorkspace({ withSeeds: false });
  if (cleanups.length === 0) process.once('exit', () => cleanups.forEach((cleanup) => cleanup()));
  cleanups.push(() => ws.remove());
  mkdirSync(ws.seedsDir, { recursive: true });
  for (const doc of documents) writeFileSync(path.join(ws.seedsDir, doc.name), doc.text);
  // Pages of two passages: the small test corpus then has a second page for "More".
  const config = createConfig({ ...ws.env, MAX_QUESTION_CHARS: String(TEST_MAX_QUESTION_CHARS), LOG_LEVEL: 'error', TOP_K: '2', ...settings });
  const { engine } = await createEngine(config);
  return engine;
}
