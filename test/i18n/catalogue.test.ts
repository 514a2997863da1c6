import { describe, expect, it } from 'vitest';
import { ANSWER_LANGUAGE_TEXTS, CATALOGUES, abstentionText, catalogue, commandMenu, formatDate, plural } from '../../src/i18n/index.ts';

/** Every key path of a catalogue, with the kind of value found there (arrays by their length). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}: function`];
  if (Array.isArray(value)) return [`${prefix}: ${value.length} items`, ...value.flatMap((item, i) => shape(item, `${prefix}[${i}]`))];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => shape(inner, prefix === '' ? key : `${prefix}.${key}`));
  return [`${prefix}: ${typeof value}`];
}

describe('catalogues', () => {
  it('have the same keys, of the same kind, in every interface language', () => {
    const english = shape(CATALOGUES.en).sort();
    for (const [locale, texts] of Object.entries(CATALOGUES)) {
      expect(shape(texts).sort(), locale).toEqual(english);
      for (const [key, text] of Object.entries(texts)) if (typeof text === 'string') expect(text.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('give one abstention sentence per answer language, English for an unknown one', () => {
    const sentences = Object.values(ANSWER_LANGUAGE_TEXTS).map((texts) => texts.abstention);
    expect(new Set(sentences).size).toBe(4);
    expect(abstentionText('ru')).toMatch(/источниках/);
    expect(abstentionText('ko')).toMatch(/자료/);
    expect(abstentionText('und')).toBe(abstentionText('en'));
    expect(abstentionText('az')).toBe(catalogue('az').abstention);
  });
});

describe('commandMenu', () => {
  it('lists ask, sources, status and help in that order, described in the language', () => {
    expect(commandMenu('en').map((c) => c.command)).toEqual(['ask', 'sources', 'status', 'help']);
    expect(commandMenu('az')[0]).toEqual({ command: 'ask', description: 'Sual verin (qruplarda)' });
  });
});

describe('plural', () => {
  const forms = { one: '# thing (one)', other: '# things (other)' };

  it('chooses the form Intl.PluralRules gives for the count in English', () => {
    expect(plural('en', 1, forms)).toBe('1 thing (one)');
    expect(plural('en', 0, forms)).toBe('0 things (other)');
    expect(plural('en', 2, forms)).toBe('2 things (other)');
  });

  it('chooses by count in Azerbaijani too, and falls back to the other form', () => {
    expect(plural('az', 1, forms)).toBe('1 thing (one)');
    expect(plural('az', 5, forms)).toBe('5 things (other)');
    expect(plural('az', 1, { other: '# sənəd' })).toBe('1 sənəd');
  });

  it('counts documents and days in the catalogues', () => {
    expect(catalogue('en').upToDate(1)).toBe('The index is up to date: 1 document.');
    expect(catalogue('en').upToDate(3)).toBe('The index is up to date: 3 documents.');
    expect(catalogue('az').upToDate(1)).toBe('İndeks aktualdır: 1 sənəd.');
    expect(catalogue('az').upToDate(3)).toBe('İndeks aktualdır: 3 sənəd.');
    const help = (documents: number) => catalogue('en').help({ documents, outlets: [], botUsername: 'bot' });
    expect(help(1)).toContain('from 1 news document.');
    expect(help(2)).toContain('from 2 news documents.');
    expect(catalogue('en').tooLong(1)).toContain('under 1 character.');
    const stats = (windowDays: number) =>
      catalogue('en').stats({ today: 0, week: 0, month: 0, windowDays, abstained: 0, up: 0, down: 0, topSources: [], unanswered: [] });
    expect(stats(1)).toContain('cover the last 1 day.');
    expect(stats(30)).toContain('0 in 30 days');
  });
});

describe('formatDate', () => {
  it('shows only what is known, with the month names of the language', () => {
    expect(formatDate({ year: 2022, month: 8, day: 26, raw: 'x' })).toBe('26 Aug 2022');
    expect(formatDate({ month: 5, day: 23, raw: 'x' })).toBe('23 May');
    expect(formatDate({ year: 2022, raw: 'x' })).toBe('2022');
    expect(formatDate({ year: 2022, month: 7, raw: 'x' })).toBe('Jul 2022');
    expect(formatDate({ year: 2022, month: 7, day: 20, raw: 'x' }, 'az')).toBe('20 iyul 2022');
    expect(formatDate({ raw: 'sometime' })).toBe('sometime');
  });
});
