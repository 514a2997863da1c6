/**
 * The lexical index file (little-endian): a header of eight 32-bit words (signature, format and
 * analyzer versions, passage, term, vocabulary and posting counts, reserved 0), then the
 * segment's arrays, each starting on an 8-byte boundary. Loading checks the structure (sizes,
 * offsets, order, ranges) in time linear in terms and passages, not in postings; decoding stops at
 * anything out of range (postings.ts), so forged postings can only give wrong scores.
 */
import { ANALYZER_VERSION } from '../../corpus/terms.ts';
import { AppError } from '../../errors.ts';
import type { Segment } from './segment.ts';

const FORMAT_VERSION = 4;
/** "AZLX" in the file's first four bytes. */
const MAGIC = 0x584c5a41;
const HEADER_WORDS = 8;

function corrupt(why: string): AppError {
  return new AppError('INDEX_CORRUPT', `The lexical index file is damaged (${why}). Run \`npm run ingest\` to rebuild it.`, { why });
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function sectionLayout(documents: number, terms: number, vocabBytes: number, postingBytes: number) {
  const labels = HEADER_WORDS * 4;
  const lengths = align8(labels + documents * 4);
  const termOffsets = align8(lengths + documents * 4);
  const postingOffsets = align8(termOffsets + (terms + 1) * 4);
  const reversed = align8(postingOffsets + (terms + 1) * 4);
  const documentFrequency = align8(reversed + terms * 4);
  const vocab = align8(documentFrequency + terms * 4);
  const postings = align8(vocab + vocabBytes);
  return { labels, lengths, termOffsets, postingOffsets, reversed, documentFrequency, vocab, postings, total: postings + postingBytes };
}

/** The segment as the file's bytes: header, passages, term offsets, vocabulary, postings. */
export function writeSegment(s: Segment): Uint8Array {
  const sections = sectionLayout(s.labels.length, s.termOffsets.length - 1, s.vocab.length, s.postings.length);
  const out = new Uint8Array(sections.total);
  const header = new Uint32Array(out.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, FORMAT_VERSION, ANALYZER_VERSION, s.labels.length, s.termOffsets.length - 1, s.vocab.length, s.postings.length, 0]);
  const put = (at: number, data: Uint32Array | Uint8Array) => out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
  put(sections.labels, s.labels);
  put(sections.lengths, s.lengths);
  put(sections.termOffsets, s.termOffsets);
  put(sections.postingOffsets, s.postingOffsets);
  put(sections.reversed, s.reversed);
  put(sections.documentFrequency, s.documentFrequency);
  put(sections.vocab, s.vocab);
  put(sections.postings, s.postings);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A Uint32Array over `count` words at `at`: a view when aligned, else a copy. */
function words(bytes: Uint8Array, at: number, count: number): Uint32Array {
  const start = bytes.byteOffset + at;
  if (start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
  return new Uint32Array(bytes.slice(at, at + count * 4).buffer);
}

/** Reads a file written by writeSegment(): typed-array views over `bytes`, checked throughout. */
export function readSegment(bytes: Uint8Array): Segment {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER_WORDS * 4) throw corrupt('it is shorter than its header');
  if (!LITTLE_ENDIAN) {
    throw new AppError('INDEX_FORMAT_UNSUPPORTED', 'The lexical index file is little-endian and this machine is not. Run `npm run ingest` to rebuild it.', {});
  }
  const header = words(bytes, 0, HEADER_WORDS);
  if (header[0] !== MAGIC) throw corrupt('it does not start with the lexical index signature');
  if (header[1] !== FORMAT_VERSION || header[2] !== ANALYZER_VERSION) {
    throw new AppError('INDEX_FORMAT_UNSUPPORTED', 'The lexical index was written by another version. Run `npm run ingest` to rebuild it.', {
      format: header[1],
      analyzer: header[2],
    });
  }
  const [documents, terms, vocabBytes, postingBytes, reserved] = [header[3]!, header[4]!, header[5]!, header[6]!, header[7]!];
  if (reserved !== 0) throw corrupt('its header has unknown flags');
  const layout = sectionLayout(documents, terms, vocabBytes, postingBytes);
  if (layout.total !== bytes.length) throw corrupt(`its header describes ${layout.total} bytes, the file has ${bytes.length}`);
  const segment: Segment = {
    labels: words(bytes, layout.labels, documents),
    lengths: words(bytes, layout.lengths, documents),
    termOffsets: words(bytes, layout.termOffsets, terms + 1),
    postingOffsets: words(bytes, layout.postingOffsets, terms + 1),
    reversed: words(bytes, layout.reversed, terms),
    documentFrequency: words(bytes, layout.documentFrequency, terms),
    vocab: bytes.subarray(layout.vocab, layout.vocab + vocabBytes),
    postings: bytes.subarray(layout.postings, layout.postings + postingBytes),
  };
  for (let i = 1; i < documents; i++) if (segment.labels[i - 1]! >= segment.labels[i]!) throw corrupt('labels are not ascending');
  checkOffsets(segment.termOffsets, vocabBytes, 'term');
  checkOffsets(segment.postingOffsets, postingBytes, 'posting');
  checkVocabulary(segment);
  return segment;
}

/** Offsets start at 0, grow strictly (no empty term or posting list) and end at the section's size. */
function checkOffsets(offsets: Uint32Array, size: number, what: string): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== size) throw corrupt(`${what} offsets do not span their section`);
  for (let i = 1; i < offsets.length; i++) if (offsets[i - 1]! >= offsets[i]!) throw corrupt(`${what} offsets are not increasing`);
}

/**
 * Terms strictly ascending bytewise (binary searches rely on it), suffix order naming existing
 * terms, and document frequencies between 1 and the passages and postings there are.
 */
function checkVocabulary(s: Segment): void {
  const { vocab, termOffsets, postingOffsets, reversed, documentFrequency } = s;
  const terms = termOffsets.length - 1;
  const documents = s.labels.length;
  for (let id = 1; id < terms; id++) {
    const a = termOffsets[id - 1]!;
    const b = termOffsets[id]!;
    const bEnd = termOffsets[id + 1]!;
    const n = Math.min(b - a, bEnd - b);
    let i = 0;
    while (i < n && vocab[a + i] === vocab[b + i]) i++;
    const ascending = i < n ? vocab[a + i]! < vocab[b + i]! : b - a < bEnd - b;
    if (!ascending) throw corrupt('the vocabulary is not sorted');
  }
  for (let id = 0; id < terms; id++) {
    const df = documentFrequency[id]!;
    if (reversed[id]! >= terms) throw corrupt('the suffix order names a term that does not exist');
    if (df === 0 || df > documents || df > postingOffsets[id + 1]! - postingOffsets[id]!) throw corrupt('a document frequency is out of range');
  }
}
