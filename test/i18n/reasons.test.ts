import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/bot/fetch-page.ts';
import { loadDocuments, parseFile } from '../../src/corpus/load.ts';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { REASON_CODES, reasonFromContext } from '../../src/reasons.ts';
import { makePdf } from '../helpers/documents.ts';
import { expectAppError } from '../helpers/errors.ts';

/** Every value any reason text takes; each text picks the ones it needs. */
const VALUES = { bytes: 6_000_000, max: 5_000_000, detail: 'bad XRef', host: '10.0.0.1', address: '10.0.0.1', megabytes: 5, seconds: 10, status: 404, contentType: 'image/png' };

describe('reason texts', () => {
  it('exist for every reason code in every interface language, and differ between them', () => {
    for (const code of REASON_CODES) {
      const texts = Object.entries(CATALOGUES).map(([locale, catalogue]) => {
        const say = catalogue.reasons[code] as ((values: unknown) => string) | undefined;
        expect(typeof say, `${locale}.reasons.${code}`).toBe('function');
        const text = say!(VALUES);
        expect(text.trim(), `${locale}.reasons.${code}`).not.toBe('');
        expect(text, `${locale}.reasons.${code}`).not.toMatch(/undefined|NaN|\[object/u);
        return text;
      });
      expect(new Set(texts).size, code).toBe(texts.length);
    }
    for (const catalogue of Object.values(CATALOGUES)) expect(Object.keys(catalogue.reasons).sort()).toEqual([...REASON_CODES].sort());
  });

  it('name no code the catalogue lacks: an unknown one reads as no code, so the English reason is shown', () => {
    expect(reasonFromContext({ reason: 'why', reasonCode: 'fromTheFuture', reasonValues: {} })).toBeUndefined();
    expect(reasonFromContext({ reason: 'why' })).toBeUndefined();
  });

  it('are carried by document errors, with the English reason unchanged and the English text equal to it', async () => {
    const cases: [string, Buffer, string, number?][] = [
      ['a.txt', Buffer.from([0x61, 0, 0x62]), 'binaryNul'],
      ['a.txt', Buffer.from([0xff, 0xfe, 0x41]), 'notUtf8'],
      ['a.txt', Buffer.from('   \n'), 'empty'],
      ['a.txt', Buffer.from('12 34 %%'), 'noLetters'],
      ['a.txt', Buffer.from('far too long a text'), 'textTooLong', 5],
      ['scan.pdf', makePdf([[]]), 'pdfNoTextLayer'],
      ['broken.pdf', Buffer.from('%PDF-1.4 cut off'), 'pdfDamaged'],
      ['broken.docx', Buffer.from('PK not a zip'), 'docxDamaged'],
    ];
    for (const [name, bytes, code, maxTextBytes] of cases) {
      const error = await expectAppError(parseFile(name, bytes, maxTextBytes === undefined ? {} : { maxTextBytes }));
      expect(error.code).toBe('DOCUMENT_UNREADABLE');
      const why = reasonFromContext(error.context);
      expect(why?.code, name).toBe(code);
      expect(error.message).toBe(`${name}: ${String(error.context.reason)}. Fix or remove the file; the other documents are used.`);
      expect((CATALOGUES.en.reasons[why!.code] as (v: unknown) => string)(why!.values)).toBe(error.context.reason);
    }
  });

  it('are carried by refused links, with their values', async () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['ftp://example.org/file', 'scheme', {}],
      ['not a url', 'invalidUrl', {}],
      ['http://user:pw@example.org/', 'credentials', {}],
      ['http://127.0.0.1:9/page', 'privateAddress', { host: '127.0.0.1' }],
    ];
    for (const [url, code, values] of cases) {
      const error = await expectAppError(fetchPage(url));
      expect(error.code).toBe('URL_REFUSED');
      expect(reasonFromContext(error.context)).toEqual({ code, values });
      expect((CATALOGUES.en.reasons[code as 'scheme'] as (v: unknown) => string)(values)).toBe(error.context.reason);
    }
    expect(CATALOGUES.az.reasons.privateAddress({ host: '127.0.0.1' })).toBe('127.0.0.1 şəxsi və ya rezerv edilmiş ünvandır');
  });

  it('reach the files an ingest skips, next to the English reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reasons-'));
    try {
      writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x61, 0, 0x62]));
      const { skipped } = await loadDocuments(dir);
      expect(skipped).toEqual([{ source: 'binary.txt', reason: 'binary file (contains NUL bytes), not text', why: { code: 'binaryNul', values: {} } }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
