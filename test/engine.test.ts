import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../src/config.ts';
import { createEngine } from '../src/engine.ts';
import type { StartedEngine } from '../src/engine.ts';
import { isAppError } from '../src/errors.ts';
import { CURRENT_FILE, FILES } from '../src/index/store.ts';
import { createLogger } from '../src/log.ts';
import { createWorkspace, type Workspace } from './helpers/workspace.ts';

describe('engine over the seeds with the tiny model (hybrid)', () => {
  let ws: Workspace;
  let started: StartedEngine;

  beforeAll(async () => {
    ws = await createWorkspace();
    started = await createEngine(createConfig(ws.env));
  });
  afterAll(async () => {
    await started?.engine.close();
    ws?.remove();
  });

  it('builds the index on first start and reports hybrid mode', () => {
    expect(started.ingest?.embeddedNow).toBeGreaterThan(0);
    expect(started.ingest?.documents).toBe(5);
    const status = started.engine.status();
    expect(status.mode).toBe('hybrid');
    expect(status.modelError).toBeUndefined();
    expect(status.documents).toBe(5);
    expect(status.chunks).toBe(started.ingest?.chunks);
  });

  it.each([
    ['Who did Jeyhun Bayramov receive on May 23?', '001_78dadeea37e1d210.txt'],
    ['What did Elnur Mammadov discuss in Seoul?', '000_e4cabbf7754062cd.txt'],
    ['Elnur Məmmədov Koreyaya nə vaxt səfər edib?', '000_e4cabbf7754062cd.txt'],
    ['Kim Jin-pyo Gafarova görüşü', '003_d142c7f246350cb3.txt'],
    ['What did Park Byeong-seug tell Aliyev?', '004_3bd588b351ad3e92.txt'],
  ])('finds the right seed for names in either language: %s', async (question, source) => {
    const answer = await started.engine.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.citations.slice(0, 3).map((c) => c.source)).toContain(source);
  });

  it('abstains on an off-topic question', async () => {
    const answer = await started.engine.ask('How do I bake sourdough bread at home?');
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
  });

  it.each([
    'I was reading the news about Azerbaijan and Korea. How do I bake sourdough bread at home?',
    'Azərbaycan və Koreya haqqında xəbərləri oxuyurdum. Evdə çörəyi necə bişirim?',
    'how do i bake sourdough bread at home and how long does it take',
  ])('abstains on an off-topic question set up by words of the corpus, or joining two things: %s', async (question) => {
    expect((await started.engine.ask(question)).abstained).toBe(true);
  });

  it('cites densely, one number per document, each sentence inside its citation, refs resolving', async () => {
    const answer = await started.engine.ask('Which Korean newspapers did Elnur Mammadov meet?');
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
    expect(new Set(answer.citations.map((c) => c.source)).size).toBe(answer.citations.length);
    for (const sentence of answer.sentences) {
      const citation = answer.citations.find((c) => c.n === sentence.citation);
      expect(citation?.text).toContain(sentence.text);
    }
    for (const citation of answer.citations) {
      expect(citation.ref.length).toBeLessThanOrEqual(24);
      const passage = started.engine.passage(citation.ref);
      expect(passage?.chunk.source).toBe(citation.source);
      expect(citation.text).toContain(passage!.chunk.sentences[0]!.text);
    }
  });

  it('refuses invalid questions with QUESTION_INVALID', async () => {
    await expect(started.engine.ask('   ')).rejects.toSatisfy((e) => isAppError(e, 'QUESTION_INVALID'));
  });

  it('summarizes the corpus for /help', () => {
    const summary = started.engine.corpusSummary();
    expect(summary.documents).toBe(5);
    expect(summary.outlets).toEqual(expect.arrayContaining(['Trend', 'Azertag']));
    expect(summary.earliest?.year).toBe(2022);
    expect(summary.latest?.year).toBe(2023);
  });

  it('decides abstention as lexical mode does while no abstention model is fitted for its embedding model', async () => {
    const lexical = await createEngine(createConfig({ ...ws.env, EMBEDDING_MODEL: 'none', DATA_DIR: path.join(ws.root, 'lexical-data') }));
    try {
      const questions = ['Who did Jeyhun Bayramov receive on May 23?', 'How much did the embassy building in Baku cost?', 'Kim Jin-pyo Gafarova görüşü', 'What is the population of Seoul?', 'Who chairs KOIMA?'];
      for (const question of questions) {
        const [h, l] = [await started.engine.askTraced(question), await lexical.engine.askTraced(question)];
        expect(h.answer.abstained, question).toBe(l.answer.abstained);
        expect(h.features, question).toEqual(l.features);
        expect(h.features?.denseTop ?? 0, question).toBe(0);
      }
    } finally {
      await lexical.engine.close();
    }
  });

  it('answers concurrent questions, each with its own answer', async () => {
    const questions = ['Who chairs KOIMA?', 'Who is the speaker of the Korean National Assembly?', 'KOICA-nın prezidenti kimdir?'];
    const answers = await Promise.all(questions.map((q) => started.engine.ask(q)));
    expect(answers.map((a) => a.question)).toEqual(questions);
  });
});

describe('paging ("more")', () => {
  it('offers the next page while pages are full, with passages not shown before', async () => {
    const ws = await createWorkspace();
    try {
      const { engine } = await createEngine(createConfig({ ...ws.env, TOP_K: '2' }));
      const question = 'What did Bayramov discuss with the Korean delegation?';
      const first = await engine.askTraced(question);
      expect(first.answer.nextOffset).toBe(2);
      const second = await engine.askTraced(question, { offset: first.answer.nextOffset });
      const ids = (t: typeof first) => t.retrieval.passages.map((p) => p.chunk.id);
      expect(ids(second)).toHaveLength(2);
      expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
      await engine.close();

      const { engine: wide } = await createEngine(createConfig({ ...ws.env, TOP_K: '50', CHUNK_MAX_TOKENS: '400' }));
      const all = await wide.ask(question);
      expect(wide.status().chunks).toBeLessThan(50);
      expect(all.nextOffset).toBeUndefined();
      await wide.close();
    } finally {
      ws.remove();
    }
  });
});

describe('engine over a damaged index', () => {
  it('finds the damage while loading an unchanged index, ingests again and answers', async () => {
    const ws = await createWorkspace();
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => lines.push(l) });
    try {
      const first = await createEngine(createConfig(ws.env));
      await first.engine.close();
      // Same size, other bytes: only the checksum that loading verifies can tell.
      const folder = JSON.parse(readFileSync(path.join(ws.dataDir, CURRENT_FILE), 'utf8')).folder as string;
      const chunks = path.join(ws.dataDir, folder, FILES.chunks);
      const bytes = readFileSync(chunks);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
      writeFileSync(chunks, bytes);

      const second = await createEngine(createConfig(ws.env), { logger });
      expect(lines.some((l) => l.includes('failed verification while loading'))).toBe(true);
      expect(second.ingest).toMatchObject({ unchanged: false, documents: 5 });
      const answer = await second.engine.ask('Who did Jeyhun Bayramov receive on May 23?');
      expect(answer.citations[0]?.source).toBe('001_78dadeea37e1d210.txt');
      await second.engine.close();
    } finally {
      ws.remove();
    }
  });
});

describe('engine without a model', () => {
  it('falls back to lexical retrieval, says so once, and still answers', async () => {
    const ws = await createWorkspace();
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => lines.push(l) });
    try {
      const { engine } = await createEngine(createConfig({ ...ws.env, EMBEDDING_MODEL: 'missing/model' }), { logger });
      const status = engine.status();
      expect(status.mode).toBe('lexical');
      expect(status.modelError).toMatch(/missing\/model/);
      expect(lines.filter((l) => l.includes('EMBEDDING MODEL NOT AVAILABLE'))).toHaveLength(1);
      const answer = await engine.ask('Who did Jeyhun Bayramov receive on May 23?');
      expect(answer.citations[0]?.source).toBe('001_78dadeea37e1d210.txt');
      await engine.close();
    } finally {
      ws.remove();
    }
  });

  it('keeps an existing hybrid index instead of rebuilding it without vectors', async () => {
    const ws = await createWorkspace();
    try {
      const first = await createEngine(createConfig(ws.env));
      await first.engine.close();
      writeFileSync(path.join(ws.seedsDir, 'new.txt'), 'A brand new document about Ganja and Busan sister cities.');
      const second = await createEngine(createConfig({ ...ws.env, MODELS_DIR: path.join(ws.root, 'nowhere') }));
      expect(second.ingest).toBeUndefined();
      expect(second.engine.status().mode).toBe('lexical');
      expect(second.engine.status().documents).toBe(5);
      await second.engine.close();
      // With the model back, the hybrid index is updated incrementally, not rebuilt.
      const third = await createEngine(createConfig(ws.env));
      expect(third.ingest?.addedDocuments).toBe(1);
      expect(third.ingest?.reused).toBe(first.ingest?.chunks);
      expect(third.engine.status().mode).toBe('hybrid');
      await third.engine.close();
    } finally {
      ws.remove();
    }
  });
});

describe('a follow-up question', () => {
  let ws: Workspace;
  let started: StartedEngine;

  beforeAll(async () => {
    ws = await createWorkspace({ withSeeds: false });
    mkdirSync(ws.seedsDir, { recursive: true });
    // Two meetings of the same two people: the follow-up must stay with the one its answer cited.
    writeFileSync(
      path.join(ws.seedsDir, 'baku-meeting.txt'),
      'Aliyev receives Speaker Park in Baku\n\nPresident Ilham Aliyev received Speaker Park Byeong-seug in Baku on August 19, 2021. They discussed reconstruction in Karabakh and Korean investment.',
    );
    writeFileSync(
      path.join(ws.seedsDir, 'seoul-meeting.txt'),
      'Aliyev and Park meet again\n\nAliyev and Park met again on May 5, 2023, in Seoul to review the reconstruction work in Karabakh.',
    );
    started = await createEngine(createConfig({ ...ws.env, EMBEDDING_MODEL: 'none/none' }));
  });
  afterAll(async () => {
    await started?.engine.close();
    ws?.remove();
  });

  it('is answered about the document the answer it follows was about', async () => {
    const earlier = 'What did Aliyev and Park discuss about reconstruction in Karabakh?';
    const when = await started.engine.ask('and when was that?', { followUp: { question: earlier, sources: ['baku-meeting.txt', 'seoul-meeting.txt'] } });
    expect(when.abstained).toBe(false);
    expect(when.citations[0]?.source).toBe('baku-meeting.txt');
    expect(when.sentences[0]?.text).toContain('August 19, 2021');
    // The same follow-up to an answer about the other meeting is answered about that one.
    const again = await started.engine.ask('and when was that?', { followUp: { question: 'Where did Aliyev and Park review the reconstruction work in Karabakh?', sources: ['seoul-meeting.txt'] } });
    expect(again.citations[0]?.source).toBe('seoul-meeting.txt');
    expect(again.sentences[0]?.text).toContain('May 5, 2023');
  });

  it('asked "who else?", leaves out what the answer it follows already showed, and says so when nothing is left', async () => {
    const earlier = 'Who received Speaker Park in Baku?';
    const first = await started.engine.ask(earlier);
    expect(first.sentences[0]?.text).toContain('Ilham Aliyev');
    const followUp = { question: earlier, sources: ['baku-meeting.txt'], shown: first.sentences.map((s) => s.text) };
    const more = await started.engine.ask('Who else was there?', { followUp });
    for (const sentence of more.sentences) expect(first.sentences.map((s) => s.text)).not.toContain(sentence.text);
    // Without what it showed, the same sentence comes back.
    const again = await started.engine.ask('Who else was there?', { followUp: { question: earlier, sources: ['baku-meeting.txt'] } });
    expect(again.sentences[0]?.text).toBe(first.sentences[0]?.text);
  });

  it('reads a typing slip as the word the passages have, and says how it read the question', async () => {
    const typed = await started.engine.ask('What did Aliyev and Park discuss about reconstrution in Karabakh?');
    const right = await started.engine.ask('What did Aliyev and Park discuss about reconstruction in Karabakh?');
    expect(typed.readAs).toBe('What did Aliyev and Park discuss about reconstruction in Karabakh?');
    expect(typed.question).toBe('What did Aliyev and Park discuss about reconstrution in Karabakh?');
    expect(typed.sentences).toEqual(right.sentences);
    expect(right.readAs).toBeUndefined();
  });

  it('is answered from the whole corpus when the documents it follows do not answer it', async () => {
    const answer = await started.engine.ask('When did they meet in Seoul?', { followUp: { question: 'Who is Park?', sources: ['baku-meeting.txt'] } });
    expect(answer.citations.map((c) => c.source)).toContain('seoul-meeting.txt');
  });
});
