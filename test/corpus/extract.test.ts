import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repairHyphenation } from '../../src/corpus/extract/pdf.ts';
import { loadDocuments, parseFile } from '../../src/corpus/load.ts';
import { fingerprintCorpus } from '../../src/index/fingerprint.ts';
import { makeDocx, makeHtmlPage, makePdf } from '../helpers/documents.ts';

const PAGE = {
  title: 'Zorblatt programme launched',
  published: '2024-05-23T10:00:00+04:00',
  canonical: 'https://example.az/news/zorblatt',
  paragraphs: [
    'BAKU, May 23. Azerbaijan and Korea launched the Zorblatt education programme, the ministry told Trend.',
    'The programme will bring fifty Korean teachers to Baku next year, officials said.',
  ],
};

describe('HTML pages', () => {
  it('keep the article, drop the page furniture, and take title, date and URL from the meta tags', async () => {
    const doc = await parseFile('news/zorblatt.html', Buffer.from(makeHtmlPage(PAGE)));
    for (const paragraph of PAGE.paragraphs) expect(doc.text).toContain(paragraph);
    expect(doc.text).not.toMatch(/Football results|Politics|All rights reserved/u);
    // Paragraphs stay apart: the sentence rules and the chunker rely on it.
    expect(doc.text.split('\n\n')).toHaveLength(PAGE.paragraphs.length);
    expect(doc.meta.title).toBe(PAGE.title);
    expect(doc.meta.date).toMatchObject({ year: 2024, month: 5, day: 23 });
    expect(doc.meta.url).toBe(PAGE.canonical);
    expect(doc.meta.outlet).toBe('Trend');
  });

  it('fall back to the text rules without meta tags', async () => {
    const html = `<html><body><article><p>${PAGE.paragraphs.join('</p><p>')}</p></article></body></html>`;
    const doc = await parseFile('bare.htm', Buffer.from(html));
    expect(doc.meta.url).toBeUndefined();
    expect(doc.meta.date).toMatchObject({ month: 5, day: 23 });
    expect(doc.meta.title.length).toBeGreaterThan(0);
  });

  it('take title, date and URL from JSON-LD when the meta tags lack them', async () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', url: 'https://example.az/' }, { '@type': 'NewsArticle', headline: 'Quokka bridge opens', datePublished: '2023-11-02T08:00:00+04:00', url: 'https://example.az/news/quokka' }] };
    const html = `<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>${PAGE.paragraphs.join('</p><p>')}</p></article></body></html>`;
    const doc = await parseFile('ld.html', Buffer.from(html));
    expect(doc.meta.title).toBe('Quokka bridge opens');
    expect(doc.meta.date).toMatchObject({ year: 2023, month: 11, day: 2 });
    expect(doc.meta.url).toBe('https://example.az/news/quokka');
  });

  it('without an article are refused with the reason', async () => {
    await expect(parseFile('menu.html', Buffer.from('<html><body><nav><a href="/">Home</a> <a href="/x">News</a></nav></body></html>'))).rejects.toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
      context: { reason: expect.stringMatching(/no article/u) },
    });
  });
});

describe('PDF files', () => {
  it('join their pages and repair words broken at line ends', async () => {
    const doc = await parseFile('release.pdf', makePdf([
      ['Korea and Azerbaijan sign a memo-', 'randum on education in Baku.'],
      ['The Zorblatt pro-', 'gramme starts in May 2024 with fifty teachers.'],
    ]));
    expect(doc.text).toContain('memorandum on education');
    expect(doc.text).toContain('Zorblatt programme starts');
    expect(doc.text.indexOf('memorandum')).toBeLessThan(doc.text.indexOf('Zorblatt'));
    expect(doc.meta.date).toMatchObject({ year: 2024, month: 5 });
  });

  it('keep a hyphen before a capital letter', () => {
    expect(repairHyphenation('the Azerbaijan-\nKorea forum and a co-\noperation')).toBe('the Azerbaijan-\nKorea forum and a cooperation');
  });

  it('that are encrypted, scanned or damaged are refused with the reason', async () => {
    await expect(parseFile('locked.pdf', makePdf([['Secret text of a press release about cooperation.']], { encrypted: true }))).rejects.toMatchObject({
      context: { reason: expect.stringMatching(/encrypted/u) },
    });
    await expect(parseFile('scan.pdf', makePdf([[]]))).rejects.toMatchObject({ context: { reason: expect.stringMatching(/no text layer/u) } });
    await expect(parseFile('broken.pdf', Buffer.from('%PDF-1.4 nothing else'))).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE' });
  });
});

describe('DOCX files', () => {
  it('give one paragraph per Word paragraph, metadata by the text rules', async () => {
    const doc = await parseFile('grants.docx', await makeDocx([
      'Korea grants scholarships',
      'BAKU, June 3. Korea granted 40 scholarships to Azerbaijani students, the embassy told Report.',
    ]));
    expect(doc.text).toBe('Korea grants scholarships\n\nBAKU, June 3. Korea granted 40 scholarships to Azerbaijani students, the embassy told Report.');
    expect(doc.meta.title).toBe('Korea grants scholarships');
    expect(doc.meta.outlet).toBe('Report.az');
  });

  it('that are not zip archives are refused', async () => {
    await expect(parseFile('broken.docx', Buffer.from('PK not really'))).rejects.toMatchObject({ context: { reason: expect.stringMatching(/docx/u) } });
  });
});

describe('a folder of mixed formats', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'azk-formats-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is read whole; each bad file is skipped with its name and why, the rest kept', async () => {
    writeFileSync(path.join(root, 'a.txt'), 'Plain text about the Zorblatt forum in Baku.');
    writeFileSync(path.join(root, 'b.html'), makeHtmlPage(PAGE));
    writeFileSync(path.join(root, 'c.pdf'), makePdf([['A press release about the Quokka bridge between Seoul and Baku.']]));
    writeFileSync(path.join(root, 'd.docx'), await makeDocx(['Word text about the Wombat fund for students.']));
    writeFileSync(path.join(root, 'e.pdf'), makePdf([[]]));
    writeFileSync(path.join(root, 'f.docx'), 'not a zip');
    writeFileSync(path.join(root, 'g.html'), '<html><body></body></html>');
    const { documents, skipped } = await loadDocuments(root);
    expect(documents.map((d) => d.source)).toEqual(['a.txt', 'b.html', 'c.pdf', 'd.docx']);
    expect(skipped.map((s) => s.source)).toEqual(['e.pdf', 'f.docx', 'g.html']);
    for (const s of skipped) expect(s.reason.length).toBeGreaterThan(10);
    // Ingest's fast check sees the same files, so an added PDF is never taken for "unchanged".
    expect([...fingerprintCorpus(root)!.keys()].sort()).toEqual(['a.txt', 'b.html', 'c.pdf', 'd.docx', 'e.pdf', 'f.docx', 'g.html']);
    // ... and hashes them as the loader does, so an unchanged corpus is seen as unchanged.
    const fingerprint = fingerprintCorpus(root)!;
    for (const doc of documents) expect(fingerprint.get(doc.source), doc.source).toBe(doc.contentHash);
  });
});
