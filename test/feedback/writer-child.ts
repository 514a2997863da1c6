/**
 * Child process of crash.test.ts: records questions and votes as fast as it can into the
 * DATA_DIR given as its argument, printing how many are recorded (committed) after every 25.
 * Its parent kills it with SIGKILL while it writes.
 */
import { createLogger } from '../../src/log.ts';
import { FeedbackStore } from '../../src/feedback/store.ts';

const dataDir = process.argv[2]!;
const logger = createLogger({ level: 'warn', write: (line) => process.stderr.write(line + '\n') });
const store = new FeedbackStore({ dataDir, retentionDays: 90, logger });
for (let i = 1; ; i += 1) {
  const id = `${process.pid}-${i}`;
  const recorded = store.recordQuestion({
    id,
    text: `crash test question ${i} ${'padding '.repeat(i % 40)}`,
    language: 'en',
    chatType: 'private',
    userId: i,
    abstained: i % 3 === 0,
    citations: [1, 2, 3].map((n) => ({ n, source: `doc-${(i + n) % 11}.txt`, score: n / 10 })),
    latencyMs: i % 100,
  });
  const voted = store.recordVote(id, i % 5, i % 2 === 0 ? 'up' : 'down');
  if (!recorded || voted !== 'recorded') process.exit(3);
  if (i % 25 === 0) process.stdout.write(`${i}\n`);
}
