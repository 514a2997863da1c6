import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READING_VERSION } from '../../src/corpus/content-hash.ts';
import { loadDocuments, parseDocument, parseFile } from '../../src/corpus/load.ts';
import { makePdf } from '../helpers/documents.ts';
import { isAppError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';

let base: string;
let seeds: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'corpus-load-'));
  seeds = path.join(base, 'seeds');
  await mkdir(seeds);
});

afterEach(async () => {
  await chmod(path.join(seeds, 'locked.txt'), 0o644).catch(() => {});
  await rm(base, { recursive: true, force: true });
});

async function put(relative: string, content: string | Uint8Array, root = seeds): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function load() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const result = await loadDocuments(seeds, { logger });
  const warnings = lines.filter((line) => line.includes(' WARN '));
  return { ...result, warnings, sources: result.documents.map((doc) => doc.source) };
}

const GOOD = 'Korea and Azerbaijan\n\nThe ministers met in Baku.\n';

describe('loadDocuments', () => {
  it('reads .txt and .md files in nested folders in code-unit order of their paths, ignoring the rest', async () => {
    for (const name of ['b.txt', 'a/z.md', 'A.TXT', 'a/b/c.txt', 'Z.Md', '.hidden.txt', '.git/x.txt', 'notes.odt', 'a/readme']) {
      await put(name, GOOD);
    }
    const { sources, skipped, warnings } = await load();
    expect(sources).toEqual(['A.TXT', 'Z.Md', 'a/b/c.txt', 'a/z.md', 'b.txt']);
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('decodes UTF-8 with a BOM and CRLF line ends, and hashes the raw bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Azərbaycan və Koreya\r\n\r\nNazir Bakıda görüşüb.\r\n', 'utf8')]);
    await put('bom.txt', bytes);
    const { documents } = await load();
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc.text).toBe('Azərbaycan və Koreya\n\nNazir Bakıda görüşüb.');
    expect(doc.meta.title).toBe('Azərbaycan və Koreya');
    expect(doc.meta.language).toBe('az');
    // The raw bytes, read by this version of the reading: a new reading re-reads every document.
    expect(doc.contentHash).toBe(createHash('sha256').update(`reading ${READING_VERSION}\n`).update(bytes).digest('hex'));
  });

  it('skips empty, blank, furniture-only, binary and invalid UTF-8 files with a warning naming each, and loads the rest', async () => {
    await put('good.txt', GOOD);
    await put('empty.txt', '');
    await put('blank.md', '  \n\n\t\n');
    await put('furniture.txt', 'Follow us on Twitter @AzerNewsAz\n---\n');
    await put('nul.txt', Uint8Array.from([0x48, 0x69, 0x00, 0x21, 0x0a]));
    await put('controls.txt', Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0e]));
    await put('latin1.txt', Uint8Array.from([0x42, 0x61, 0x6b, 0xfd, 0x20, 0x28, 0xe7, 0x29, 0x0a]));
    await put('zz-last.txt', GOOD);
    const { sources, skipped, warnings } = await load();
    expect(sources).toEqual(['good.txt', 'zz-last.txt']);
    const bad = ['blank.md', 'controls.txt', 'empty.txt', 'furniture.txt', 'latin1.txt', 'nul.txt'];
    expect(skipped.map((s) => s.source)).toEqual(bad);
    for (const source of bad) expect(warnings.some((line) => line.includes(source))).toBe(true);
    expect(skipped.find((s) => s.source === 'latin1.txt')?.reason).toMatch(/UTF-8/u);
    expect(skipped.find((s) => s.source === 'nul.txt')?.reason).toMatch(/binary/u);
    expect(skipped.find((s) => s.source === 'empty.txt')?.reason).toMatch(/empty/u);
  });

  it.skipIf(process.getuid?.() === 0)('skips a file it has no permission to read', async () => {
    await put('good.txt', GOOD);
    await put('locked.txt', GOOD);
    await chmod(path.join(seeds, 'locked.txt'), 0o000);
    const { sources, skipped, warnings } = await load();
    expect(sources).toEqual(['good.txt']);
    expect(skipped.map((s) => s.source)).toEqual(['locked.txt']);
    expect(warnings.some((line) => line.includes('locked.txt'))).toBe(true);
  });

  it('does not read files or folders that symlinks lead to outside the seeds folder', async () => {
    const outside = path.join(base, 'outside');
    await put('secret.txt', 'Secret text that must stay out.\n', outside);
    await put('more/secret2.txt', 'More secret text.\n', outside);
    await put('good.txt', GOOD);
    await symlink(path.join(outside, 'secret.txt'), path.join(seeds, 'linked.txt'));
    await symlink(path.join(outside, 'more'), path.join(seeds, 'linked-dir'));
    const { documents, sources, skipped, warnings } = await load();
    expect(sources).toEqual(['good.txt']);
    expect(documents.some((doc) => doc.text.includes('ecret'))).toBe(false);
    expect(skipped.map((s) => s.source)).toEqual(['linked-dir', 'linked.txt']);
    expect(warnings.some((line) => line.includes('linked.txt'))).toBe(true);
    expect(warnings.some((line) => line.includes('linked-dir'))).toBe(true);
  });

  it('survives symlink loops, ignores a linked pipe and reads a file linked twice inside the folder once', async () => {
    await put('sub/real.txt', GOOD);
    await symlink(seeds, path.join(seeds, 'sub', 'loop'));
    await symlink(path.join(seeds, 'b.txt'), path.join(seeds, 'a.txt'));
    await symlink(path.join(seeds, 'a.txt'), path.join(seeds, 'b.txt'));
    await symlink(path.join(seeds, 'sub', 'real.txt'), path.join(seeds, 'alias.txt'));
    execFileSync('mkfifo', [path.join(seeds, 'sub', 'pipe')]);
    await symlink(path.join(seeds, 'sub', 'pipe'), path.join(seeds, 'pipe.txt')); // reading it would block forever
    const { sources, skipped } = await load();
    expect(sources).toEqual(['sub/real.txt']);
    expect(skipped.map((s) => s.source)).toEqual(['a.txt', 'alias.txt', 'b.txt']);
    expect(skipped.find((s) => s.source === 'alias.txt')?.reason).toContain('sub/real.txt');
  });

  it('takes the URL from a first "source:" line and keeps it out of the text', async () => {
    await put('with-url.txt', 'source: https://news.az/news/123\nKorea and Azerbaijan\n\nThe ministers met, News.Az reports.\n');
    const { documents } = await load();
    expect(documents[0]!.meta.url).toBe('https://news.az/news/123');
    expect(documents[0]!.meta.outlet).toBe('News.Az');
    expect(documents[0]!.text).not.toContain('https://');
    expect(documents[0]!.meta.title).toBe('Korea and Azerbaijan');
  });

  it('strips Markdown from .md files only', async () => {
    await put('doc.md', '# Korea **and** Azerbaijan\n\nThe [ministers](https://x.az) met.\n');
    await put('doc.txt', '# Korea **and** Azerbaijan\n\nThe ministers met.\n');
    const { documents } = await load();
    expect(documents.map((doc) => doc.text)).toEqual(['Korea and Azerbaijan\n\nThe ministers met.', '# Korea **and** Azerbaijan\n\nThe ministers met.']);
    expect(documents[0]!.meta.title).toBe('Korea and Azerbaijan');
  });

  it('reads title, date and URL from Markdown front matter and keeps it out of the text', async () => {
    await put('front.md', '---\ntitle: "Korea and Azerbaijan sign a deal"\ndate: 2021-03-04\nurl: https://report.az/1\ntags:\n  - trade\n---\nBAKU, May 23. The ministers met.\n');
    const { documents } = await load();
    const doc = documents[0]!;
    expect(doc.text).toBe('BAKU, May 23. The ministers met.');
    expect(doc.meta.title).toBe('Korea and Azerbaijan sign a deal');
    expect(doc.meta.date).toMatchObject({ year: 2021, month: 3, day: 4 });
    expect(doc.meta.url).toBe('https://report.az/1');
  });

  it('fails with DOCUMENT_UNREADABLE when the seeds folder does not exist', async () => {
    await expect(loadDocuments(path.join(base, 'missing'))).rejects.toSatisfy((error) => isAppError(error, 'DOCUMENT_UNREADABLE'));
  });
});

describe('parseDocument', () => {
  it.each([
    ['empty', new Uint8Array()],
    ['NUL bytes', Uint8Array.from([0x41, 0x00, 0x42])],
    ['invalid UTF-8', Uint8Array.from([0xc3, 0x28])],
  ])('rejects %s with DOCUMENT_UNREADABLE', (_, bytes) => {
    expect(() => parseDocument('x.txt', bytes)).toThrowError(expect.objectContaining({ code: 'DOCUMENT_UNREADABLE' }));
  });

  it('is pure: the same bytes give the same document', () => {
    const bytes = new TextEncoder().encode(GOOD);
    expect(parseDocument('x.txt', bytes)).toEqual(parseDocument('x.txt', bytes));
  });
});

describe('documents that would only cost', () => {
  it('skips a file over MAX_DOCUMENT_BYTES and a text without letters, naming each in a warning', async () => {
    await put('good.txt', GOOD);
    await put('big.txt', `Big report\n\n${'Word '.repeat(400)}`);
    await put('invisible.txt', '\u200B\u200C\u200D\u2060'.repeat(50));
    await put('digits.txt', '12345 67890 ---- 2023');
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const { documents, skipped } = await loadDocuments(seeds, { logger, maxDocumentBytes: 1000 });
    expect(documents.map((d) => d.source)).toEqual(['good.txt']);
    expect(skipped.map((s) => s.source)).toEqual(['big.txt', 'digits.txt', 'invisible.txt']);
    expect(skipped.find((s) => s.source === 'big.txt')!.reason).toMatch(/MAX_DOCUMENT_BYTES \(1000\)/);
    expect(skipped.find((s) => s.source === 'invisible.txt')!.reason).toMatch(/no letters/);
    const warnings = lines.filter((line) => line.includes(' WARN '));
    for (const name of ['big.txt', 'digits.txt', 'invisible.txt']) expect(warnings.some((w) => w.includes(name))).toBe(true);
  });

  it('judges a PDF by the text it holds, not by the size of the file', async () => {
    const pages = [['Small memorandum', 'Baku and Seoul signed a short memorandum.']];
    const pdf = makePdf(pages);
    await writeFile(path.join(seeds, 'small.pdf'), pdf);
    await writeFile(path.join(seeds, 'long.pdf'), makePdf([['Long report', 'Word '.repeat(60)]]));
    expect(pdf.length).toBeGreaterThan(80);
    const { documents, skipped } = await loadDocuments(seeds, { maxDocumentBytes: 80 });
    expect(documents.map((d) => d.source)).toEqual(['small.pdf']);
    expect(skipped.map((s) => s.source)).toEqual(['long.pdf']);
    expect(skipped[0]!.reason).toMatch(/bytes of text, more than MAX_DOCUMENT_BYTES \(80\)/);
    await expect(parseFile('note.txt', Buffer.from('Word '.repeat(60)), { maxTextBytes: 80 })).rejects.toThrow(/MAX_DOCUMENT_BYTES/);
  });
});
