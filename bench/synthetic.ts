/**
 * Deterministic synthetic corpus for the benchmark: as many news-like documents as asked, built
 * from the sentences of the seed documents, so that the same benchmark runs on the five seeds or on
 * 100,000 passages.
 *
 * The seeds hold only about a hundred sentences. Repeating them verbatim would give a corpus with
 * a tiny vocabulary (every word in a third of the passages), which makes BM25 and near-duplicate
 * checks behave nothing like on real news. So each sentence is varied: proper names are replaced
 * (with a Zipf-like preference for a pool of generated names, as real news keeps naming the same
 * people and places), digits are redrawn, and now and then a generated word is added to the
 * vocabulary. Sentence structure, script and length stay those of real sentences.
 *
 * Everything depends only on (seed, document index), so document i is the same whatever count is
 * asked: a corpus of N documents is a prefix of a corpus of M > N documents.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDocuments } from '../src/corpus/load.ts';
import { splitSentences } from '../src/corpus/sentences.ts';
import type { SourceDocument } from '../src/corpus/types.ts';

export type MaterialLanguage = 'az' | 'en';

/** Sentences of the seed documents, by language. */
export interface SentenceMaterial {
  az: readonly string[];
  en: readonly string[];
}

export interface SyntheticOptions {
  /** Documents to make. */
  documents: number;
  seed: number;
  /** Share of Azerbaijani documents (the seeds have one in five). Default 0.2. */
  azerbaijaniShare?: number;
}

export interface SyntheticDocument {
  /** File name, e.g. `s00000012.txt`. */
  name: string;
  language: MaterialLanguage;
  text: string;
}

/** Shortest sentence kept as material; shorter pieces are headers and bylines. */
const MIN_SENTENCE_CHARS = 25;
/** Median sentences in a document and the spread of the log-normal around it (news: 5 to 60). */
const MEDIAN_SENTENCES = 14;
const SENTENCE_SPREAD = 0.65;
const MIN_SENTENCES = 3;
const MAX_SENTENCES = 90;
/** Size of the pool of generated proper names the documents keep returning to. */
const NAME_POOL = 40_000;

/** mulberry32: small, fast, and the same on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of several integers, to seed one document's generator from (seed, index). */
export function mixSeed(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** Sentences of the documents, split by the project's own sentence splitter, grouped by language. */
export function extractSentenceMaterial(documents: readonly SourceDocument[]): SentenceMaterial {
  const az: string[] = [];
  const en: string[] = [];
  for (const doc of documents) {
    const target = doc.meta.language === 'az' ? az : en;
    for (const sentence of splitSentences(doc.text, doc.meta.language)) {
      const text = sentence.text.replace(/\s+/gu, ' ').trim();
      if (text.length >= MIN_SENTENCE_CHARS && /\p{L}/u.test(text)) target.push(text);
    }
  }
  return { az, en };
}

/** Reads the seed documents and takes their sentences. */
export async function loadSentenceMaterial(seedsDir: string): Promise<SentenceMaterial> {
  const { documents } = await loadDocuments(seedsDir);
  const material = extractSentenceMaterial(documents);
  if (material.en.length === 0 && material.az.length === 0) {
    throw new Error(`No sentences found in ${seedsDir}; the synthetic corpus needs seed documents to take sentences from.`);
  }
  return material;
}

const SYLLABLES: Record<MaterialLanguage, readonly string[]> = {
  az: ['ba', 'kı', 'məm', 'əli', 'ya', 'va', 'qa', 'sı', 'lı', 'rza', 'ha', 'sən', 'na', 'zir', 'göy', 'çay', 'şə', 'kən', 'dər', 'mir', 'ağ', 'tü', 'rən', 'cə'],
  en: ['kim', 'park', 'lee', 'jin', 'soo', 'hyun', 'min', 'ae', 'ran', 'dor', 'vel', 'tan', 'ber', 'lin', 'ko', 'sa', 'mun', 'gwa', 'ri', 'ston', 'ford', 'ley', 'mar', 'ta'],
};

function pseudoWord(random: () => number, language: MaterialLanguage, syllables: number): string {
  const pool = SYLLABLES[language];
  let word = '';
  for (let i = 0; i < syllables; i++) word += pool[Math.floor(random() * pool.length)]!;
  return word;
}

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('az') + word.slice(1);
}

/** The name at a rank of the shared pool: the same rank always gives the same name. */
function poolName(seed: number, rank: number, language: MaterialLanguage): string {
  const random = createRandom(mixSeed(seed, 0x9e37, rank, language === 'az' ? 1 : 2));
  return capitalize(pseudoWord(random, language, 2 + Math.floor(random() * 2)));
}

/** Zipf-like rank in [0, NAME_POOL): small ranks are much more frequent. */
function zipfRank(random: () => number): number {
  return Math.min(NAME_POOL - 1, Math.floor(Math.exp(random() * Math.log(NAME_POOL + 1)) - 1));
}

/** One sentence with names, numbers and a few words changed, keeping its script and shape. */
function varySentence(sentence: string, random: () => number, language: MaterialLanguage, seed: number): string {
  let first = true;
  const varied = sentence.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
    const isFirst = first;
    first = false;
    if (/^\p{N}+$/u.test(word)) {
      // Redraw digits, keeping the length (years stay four digits).
      return word.replace(/\p{N}/gu, (_, offset: number) => String(offset === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10)));
    }
    if (!isFirst && /^\p{Lu}\p{Ll}/u.test(word) && random() < 0.6) return poolName(seed, zipfRank(random), language);
    if (/^\p{Ll}/u.test(word) && word.length >= 6 && random() < 0.03) return pseudoWord(random, language, 3);
    return word;
  });
  return varied;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Log-normal sentence count, clamped to what news articles have. */
function sentenceCount(random: () => number): number {
  const u1 = Math.max(random(), 1e-12);
  const u2 = random();
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  const count = Math.round(MEDIAN_SENTENCES * Math.exp(SENTENCE_SPREAD * normal));
  return Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, count));
}

export function syntheticFileName(index: number): string {
  return `s${String(index).padStart(8, '0')}.txt`;
}

/** Document `index` of the corpus with this seed: a dateline, then paragraphs of varied seed sentences. */
export function syntheticDocument(material: SentenceMaterial, seed: number, index: number, azerbaijaniShare = 0.2): SyntheticDocument {
  const random = createRandom(mixSeed(seed, index));
  const wantAz = random() < azerbaijaniShare;
  const language: MaterialLanguage = (wantAz && material.az.length > 0) || material.en.length === 0 ? 'az' : 'en';
  const sentences = language === 'az' ? material.az : material.en;
  const year = 2015 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const dateline =
    language === 'az'
      ? `Bakı, ${day}.${String(month).padStart(2, '0')}.${year}.`
      : `BAKU, Azerbaijan, ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${day}, ${year}.`;

  const count = sentenceCount(random);
  const paragraphs: string[] = [];
  let paragraph: string[] = [dateline];
  for (let i = 0; i < count; i++) {
    paragraph.push(varySentence(pick(sentences, random), random, language, seed));
    // Paragraphs of one to four sentences, as news sites break them.
    if (random() < 0.4) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return { name: syntheticFileName(index), language, text: paragraphs.join('\n\n') + '\n' };
}

/** Documents 0 … count-1 of the corpus with this seed. */
export function generateSyntheticDocuments(material: SentenceMaterial, options: SyntheticOptions): SyntheticDocument[] {
  const count = Math.max(0, Math.floor(options.documents));
  return Array.from({ length: count }, (_, index) => syntheticDocument(material, options.seed, index, options.azerbaijaniShare));
}

/** Writes documents as .txt files into `dir` (created if needed). */
export function writeSyntheticDocuments(dir: string, documents: readonly SyntheticDocument[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const doc of documents) fs.writeFileSync(path.join(dir, doc.name), doc.text);
}

export interface SyntheticSeedsDir {
  dir: string;
  documents: SyntheticDocument[];
  /** Removes the folder and everything in it. */
  remove(): void;
}

/** A fresh folder under os.tmpdir() holding the synthetic corpus, to use as SEEDS_DIR. */
export function createSyntheticSeedsDir(material: SentenceMaterial, options: SyntheticOptions): SyntheticSeedsDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-seeds-'));
  const documents = generateSyntheticDocuments(material, options);
  writeSyntheticDocuments(dir, documents);
  return { dir, documents, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
