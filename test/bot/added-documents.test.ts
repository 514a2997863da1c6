import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addedFileName, isAddedFileName, pageAsText, removeDocumentFile, storeAddedDocument } from '../../src/bot/added-documents.ts';
import { parseFile } from '../../src/corpus/load.ts';

describe('documents added from Telegram', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'azk-added-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('get safe, unique names that fit the remove button', () => {
    const names = new Set<string>();
    for (const original of ['Press release (final) — Bakı 2024.PDF', '../../etc/passwd', '', 'Ölkə.docx', 'a'.repeat(300) + '.html']) {
      const name = addedFileName(original, path.extname(original) || '.txt');
      expect(name).toMatch(/^[a-z0-9.-]+$/u);
      expect(isAddedFileName(name)).toBe(true);
      expect(Buffer.byteLength(`x:${name}`)).toBeLessThanOrEqual(64);
      names.add(name);
    }
    expect(names.size).toBe(5);
    expect(isAddedFileName('../seeds/a.txt')).toBe(false);
    expect(isAddedFileName('20240101-000000-abcd-x.exe')).toBe(false);
  });

  it('are stored under added/ and removed only inside SEEDS_DIR', async () => {
    const source = await storeAddedDocument(root, addedFileName('note.txt', '.txt'), Buffer.from('A note about the Dingo forum in Baku.'));
    expect(source.startsWith('added/')).toBe(true);
    expect(readFileSync(path.join(root, source), 'utf8')).toContain('Dingo');
    const outside = path.join(path.dirname(root), `${path.basename(root)}-outside.txt`);
    writeFileSync(outside, 'keep me');
    try {
      expect(await removeDocumentFile(root, `../${path.basename(outside)}`)).toBe(false);
      expect(existsSync(outside)).toBe(true);
    } finally {
      rmSync(outside, { force: true });
    }
    expect(await removeDocumentFile(root, source)).toBe(true);
    expect(await removeDocumentFile(root, source)).toBe(false);
  });

  it('from a page read back with their source line, title and date', async () => {
    const text = pageAsText('https://example.az/x', { text: 'The Numbat summit in Baku gathered Korean investors, Azertag reported.', title: 'Numbat summit', date: '2024-06-11', url: 'https://example.az/news/numbat' });
    const doc = await parseFile('added/page.txt', Buffer.from(text));
    expect(doc.meta).toMatchObject({ url: 'https://example.az/news/numbat', title: 'Numbat summit', date: { year: 2024, month: 6, day: 11 }, outlet: 'Azertag' });
    expect(doc.text).not.toContain('source:');
  });
});
