import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/load.ts';
import type { SourceDocument } from '../../src/corpus/types.ts';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

function seed(prefix: string): { raw: string; doc: SourceDocument } {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`seed ${prefix} missing`);
  const bytes = readFileSync(path.join(seedsDir, name));
  return { raw: bytes.toString('utf8'), doc: parseDocument(name, bytes) };
}

/** Lines of each seed that are page furniture, exactly as the file has them. */
const FURNITURE: Record<string, string[]> = {
  '000': [],
  '001': ["Stay up-to-date with more news on Trend News Agency's WhatsApp channel"],
  '002': ['---', 'Follow us on Twitter @AzerNewsAz'],
  '003': [],
  '004': [],
};

describe('the five seed documents', () => {
  it.each([
    ['000', { year: 2022, month: 7, day: 20 }],
    ['001', { month: 5, day: 23 }],
    ['002', { year: 2022, month: 8, day: 26 }],
    ['003', { year: 2023, month: 11, day: 1 }],
    ['004', { month: 8, day: 19 }],
  ])('seed %s has the date the text gives, and no invented year', (prefix, expected) => {
    const { date } = seed(prefix).doc.meta;
    expect(date).toBeDefined();
    expect({ year: date!.year, month: date!.month, day: date!.day }).toEqual({ year: undefined, ...expected });
    expect(date!.raw.length).toBeGreaterThan(0);
  });

  it('reads the Azerbaijani day range as its first day', () => {
    expect(seed('000').doc.meta.date?.raw).toBe('20-23 iyul 2022-ci il');
  });

  it.each([
    ['000', 'Metbuat.az', 'az'],
    ['001', 'Trend', 'en'],
    ['002', 'Azernews', 'en'],
    ['003', 'News.Az', 'en'],
    ['004', 'Azertag', 'en'],
  ])('seed %s comes from %s and is in %s', (prefix, outlet, language) => {
    const { meta } = seed(prefix).doc;
    expect(meta.outlet).toBe(outlet);
    expect(meta.language).toBe(language);
  });

  it.each([
    ['000', 'Elnur Məmmədov'],
    ['001', 'Jeyhun Bayramov'],
    ['002', 'Jeyhun Bayramov'],
    ['003', 'Azerbaijan keeps making significant efforts'],
    ['004', 'Aliyev'],
  ])('seed %s has a readable title naming %s', (prefix, words) => {
    const { title } = seed(prefix).doc.meta;
    expect(title).toContain(words);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title).not.toMatch(/^(?:date\b|by\s)/iu);
    expect(title).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    expect(title).not.toMatch(/^BAKU/u);
  });

  it('leaves the leading date out of a title taken from the first sentence', () => {
    expect(seed('000').doc.meta.title).toBe('Azərbaycan Respublikasının xarici işlər nazirinin müavini Elnur Məmmədov Koreya Respublikasına səfər edib');
  });

  it('a title cut short ends at a word boundary with an ellipsis', () => {
    const { title } = seed('001').doc.meta;
    expect(title.endsWith('…')).toBe(true);
    const words = title.slice(0, -1).split(' ');
    expect(seed('001').doc.text).toContain(words.join(' ') + ' ');
  });

  it.each(Object.keys(FURNITURE))('seed %s loses its furniture and keeps every other line', (prefix) => {
    const { raw, doc } = seed(prefix);
    for (const line of FURNITURE[prefix]!) {
      expect(doc.text.split('\n')).not.toContain(line);
    }
    for (const line of raw.split(/\r?\n/u)) {
      const words = line.replace(/\+ ↺ − 16 px/u, '').replace(/\s+/gu, ' ').trim();
      if (words === '' || FURNITURE[prefix]!.includes(words)) continue;
      expect(doc.text).toContain(words);
    }
  });

  it('drops the font-size widget but keeps the date beside it', () => {
    const { doc } = seed('003');
    expect(doc.text).not.toMatch(/↺|16 px/u);
    expect(doc.text.split('\n')[0]).toBe('date 2023-11-01');
  });

  it('leaves no trailing spaces, blank-line runs or edge whitespace', () => {
    for (const prefix of Object.keys(FURNITURE)) {
      const { text } = seed(prefix).doc;
      expect(text).not.toMatch(/[ \t]$/mu);
      expect(text).not.toMatch(/\n\s*\n\s*\n/u);
      expect(text).toBe(text.trim());
    }
  });
});
