import { createHash } from 'node:crypto';
import type { Answer, AnswerSentence, Citation } from '../../src/answer/types.ts';
import { chunkRef, type Chunk, type DocumentMeta } from '../../src/corpus/types.ts';
import type { AskOptions, Engine } from '../../src/engine.ts';

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

/**
 * ============================ INTEGRATION POINT ============================
 * Builds the engine the bot end-to-end tests run against. Until the real engine lands this
 * is a small keyword engine that composes Answer objects the way the contract describes.
 * The integrator replaces the body with: write `documents` into a temporary SEEDS_DIR, ingest
 * them with the tiny test model, and return `createEngine(config, { logger })`.
 * Tests only assert what holds for any engine that finds a document by its unusual words.
 * ===========================================================================
 */
export async function createTestEngine(documents: TestDocument[] = TEST_DOCUMENTS): Promise<Engine> {
  return new KeywordEngine(documents);
}

interface IndexedChunk {
  chunk: Chunk;
  meta: DocumentMeta;
  ref: string;
  words: Set<string>;
}

const STOP_WORDS = new Set('the a an of to in on and or is are was were what who how did does do about with for from by at as this that'.split(' '));

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const pattern = /[^.!?]+[.!?]*/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed !== '') out.push({ start: m.index, end: m.index + m[0].length, text: trimmed });
  }
  return out;
}

/** Keyword-overlap stand-in for the real engine (see createTestEngine). */
class KeywordEngine implements Engine {
  private readonly chunks: IndexedChunk[] = [];
  private readonly metas: { source: string; meta: DocumentMeta; chunks: number }[] = [];

  constructor(documents: TestDocument[]) {
    for (const doc of documents) {
      const hash = createHash('sha256').update(doc.text).digest('hex');
      const [title = doc.name, ...rest] = doc.text.split(/\n\s*\n/);
      const body = rest.join('\n\n');
      const outlet = /told (\w+)/.exec(body)?.[1];
      const meta: DocumentMeta = { title, language: 'en', outlet, url: `https://news.example/${encodeURIComponent(doc.name)}?a=1&b=2` };
      const start = doc.text.indexOf(body);
      const chunk: Chunk = {
        id: `${doc.name}#0`,
        source: doc.name,
        ordinal: 0,
        start,
        end: start + body.length,
        text: body,
        sentences: sentencesOf(body),
        tokenCount: words(body).length,
      };
      this.chunks.push({ chunk, meta, ref: chunkRef(hash, 0), words: new Set(words(`${title} ${body}`)) });
      this.metas.push({ source: doc.name, meta, chunks: 1 });
    }
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const asked = words(question);
    const ranked = this.chunks
      .map((c) => ({ c, score: asked.filter((w) => c.words.has(w)).length }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(options.offset ?? 0, (options.offset ?? 0) + 3);
    const citations: Citation[] = [];
    const sentences: AnswerSentence[] = [];
    for (const { c, score } of ranked) {
      const n = citations.length + 1;
      citations.push({ n, source: c.chunk.source, chunkId: c.chunk.id, ref: c.ref, meta: c.meta, score, text: c.chunk.text });
      const best = [...c.chunk.sentences].sort((a, b) => words(b.text).filter((w) => asked.includes(w)).length - words(a.text).filter((w) => asked.includes(w)).length)[0];
      if (best !== undefined) sentences.push({ text: best.text, citation: n });
    }
    return { question, language: 'en', abstained: citations.length === 0, sentences, citations };
  }

  status() {
    return {
      mode: 'lexical' as const,
      modelId: 'test/keyword-engine',
      modelError: 'no model in the keyword test engine',
      documents: this.metas.length,
      chunks: this.chunks.length,
      builtAt: new Date(0).toISOString(),
    };
  }

  documents() {
    return this.metas;
  }

  corpusSummary() {
    const outlets = [...new Set(this.metas.map((m) => m.meta.outlet).filter((o): o is string => o !== undefined))];
    return { documents: this.metas.length, outlets };
  }

  passage(ref: string) {
    const found = this.chunks.find((c) => c.ref === ref);
    return found === undefined ? undefined : { chunk: found.chunk, meta: found.meta };
  }

  async close(): Promise<void> {}
}
