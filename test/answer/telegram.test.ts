import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';
import {
  capMessages,
  escapeHtml,
  MAX_REPLY_MESSAGES,
  escapedPieces,
  numberCitations,
  renderPassageHtml,
  renderTelegramHtml,
  safeHttpUrl,
} from '../../src/answer/telegram.ts';
import { htmlProblems } from '../bot/html-check.ts';

function citation(n: number, meta: Partial<DocumentMeta> = {}): Citation {
  return {
    n,
    source: `doc${n}.txt`,
    chunkId: `doc${n}.txt#0`,
    ref: `abcdef${n}`.padEnd(12, '0') + '.0',
    meta: { title: `Title ${n}`, language: 'en', ...meta },
    score: 1 / n,
    text: `Passage ${n}.`,
  };
}

function answer(sentences: [string, number][], citations: Citation[], extra: Partial<Answer> = {}): Answer {
  return {
    question: 'q',
    language: 'en',
    abstained: false,
    sentences: sentences.map(([text, c]) => ({ text, citation: c })),
    citations,
    ...extra,
  };
}

/** Visible text after Telegram parses the HTML (tags dropped, entities decoded). */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('escaping', () => {
  it('escapes document and user text everywhere: sentences, titles, outlets and link targets', () => {
    const a = answer(
      [['Kang said <b>"hello"</b> & left.', 1]],
      [citation(1, { title: 'A <i>title</i> & more', outlet: 'R&R <News>', url: 'https://x.example/a?b=1&c="2"' })],
    );
    const [html] = renderTelegramHtml(a, 'en');
    expect(htmlProblems(html!)).toEqual([]);
    expect(html).toContain('Kang said &lt;b&gt;&quot;hello&quot;&lt;/b&gt; &amp; left. [1]');
    expect(html).toContain('A &lt;i&gt;title&lt;/i&gt; &amp; more');
    expect(html).toContain('R&amp;R &lt;News&gt;');
    expect(html).toMatch(/<a href="https:\/\/x\.example\/a\?b=1&amp;c=(%22|&quot;)2(%22|&quot;)">/);
    expect(visible(html!)).toContain('Kang said <b>"hello"</b> & left. [1]');
  });

  it('says above the answer how a question with typing slips was read, escaped, in the interface language', () => {
    const a = answer([['Korea signed an investment agreement.', 1]], [citation(1)], { readAs: 'What <agreement> did Korea sign?' });
    const [html] = renderTelegramHtml(a, 'az');
    expect(htmlProblems(html!)).toEqual([]);
    expect(html!.startsWith('<i>Sual belə oxundu: What &lt;agreement&gt; did Korea sign?</i>\n\nKorea signed')).toBe(true);
    expect(renderTelegramHtml(answer([['Korea signed.', 1]], [citation(1)]), 'en')[0]).not.toContain('<i>');
  });

  it('links only http(s) URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('ftp://x.example/')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl('https://x.example/p')).toBe('https://x.example/p');
    const [html] = renderTelegramHtml(answer([['S.', 1]], [citation(1, { url: 'javascript:alert(1)' })]), 'en');
    expect(html).not.toContain('<a ');
    expect(html).toContain('Title 1');
  });

  it('escapes &, <, > and double quotes', () => {
    expect(escapeHtml(`<a href="x">&amp;</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('layout', () => {
  it('numbers sources densely in order of first use, whatever numbers the citations carry', () => {
    const a = answer(
      [
        ['First.', 7],
        ['Second.', 3],
        ['Third.', 7],
      ],
      [citation(3, { title: 'Three' }), citation(7, { title: 'Seven' })],
    );
    expect(numberCitations(a).map((c) => [c.number, c.citation.n])).toEqual([
      [1, 7],
      [2, 3],
    ]);
    const [html] = renderTelegramHtml(a, 'en');
    expect(html).toContain('First. [1] Second. [2] Third. [1]');
    expect(html).toMatch(/1\. .*Seven[\s\S]*\n2\. .*Three/);
  });

  it('shows outlet and date before the title, and the date as precise as known', () => {
    const a = answer([['S.', 1]], [citation(1, { outlet: 'Trend', date: { year: 2023, month: 5, day: 23, raw: 'May 23, 2023' } })]);
    expect(renderTelegramHtml(a, 'en')[0]).toContain('1. Trend · 23 May 2023 — Title 1');
    expect(renderTelegramHtml(a, 'az')[0]).toContain('1. Trend · 23 may 2023 — Title 1');
    const partial = answer([['S.', 1]], [citation(1, { outlet: 'Trend', date: { month: 5, day: 23, raw: 'May 23' } })]);
    expect(renderTelegramHtml(partial, 'en')[0]).toContain('1. Trend · 23 May — Title 1');
  });

  it('does not show a date the text merely mentions as the publication date', () => {
    const a = answer([['S.', 1]], [citation(1, { outlet: 'Azernews', date: { year: 1992, month: 3, day: 23, raw: 'March 23, 1992' }, dateOrigin: 'mention' })]);
    const [html] = renderTelegramHtml(a, 'en');
    expect(html).toContain('1. Azernews — Title 1');
    expect(html).not.toContain('1992');
  });

  it('abstains plainly in the question language and suggests /sources', () => {
    const en = renderTelegramHtml(answer([], [], { abstained: true }), 'az');
    const az = renderTelegramHtml(answer([], [], { abstained: true, language: 'az' }), 'en');
    expect(en).toHaveLength(1);
    expect(en[0]).toBe('I could not find this in the sources. Send /sources to see what the documents are about.');
    expect(az[0]).toBe('Mənbələrdə bu barədə məlumat tapa bilmədim. Sənədlərin nədən bəhs etdiyini görmək üçün /sources göndərin.');
  });
});

describe('splitting', () => {
  const longAnswer = (count: number, sentence: string) =>
    answer(
      Array.from({ length: count }, (_, i) => [`${i} ${sentence}`, (i % 3) + 1] as [string, number]),
      [1, 2, 3].map((n) => citation(n, { url: `https://x.example/${n}?a=1&b=2`, title: `T & <${n}>` })),
    );

  it('keeps every message within the limit, well formed, with every citation marker whole', () => {
    const a = longAnswer(60, 'Azerbaijan & Korea <signed> "deals" on R&D cooperation and education.');
    for (const limit of [4096, 700]) {
      const parts = renderTelegramHtml(a, 'en', limit);
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(limit);
        expect(htmlProblems(part)).toEqual([]);
      }
      const joined = parts.join(' ');
      expect(joined.match(/ \[\d\]/g)).toHaveLength(60);
      for (let i = 0; i < 60; i += 1) expect(joined).toContain(`${i} Azerbaijan &amp; Korea`);
      // Sources come last and stay whole.
      expect(parts.at(-1)).toMatch(/3\. <a href="https:\/\/x\.example\/3\?a=1&amp;b=2">T &amp; &lt;3&gt;<\/a>$/);
    }
  });

  it('cuts a sentence longer than a message at spaces, never inside an entity or a surrogate pair', () => {
    const huge = '&<> 🇦🇿 '.repeat(900);
    const parts = renderTelegramHtml(answer([[huge, 1]], [citation(1)]), 'en', 500);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(500);
      expect(htmlProblems(part)).toEqual([]);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
    }
    expect(parts.join('')).toContain('[1]');
    expect(visible(parts.join(' ')).replace(/\s+/g, '')).toContain(huge.replace(/\s+/g, '').slice(0, 1000));
  });

  it('splits text without spaces too', () => {
    const pieces = escapedPieces('&'.repeat(1000), 100, ' [1]');
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join('')).toBe('&amp;'.repeat(1000) + ' [1]');
  });

  it('renders a long passage in parts under its numbered source', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} about <R&D> and more words here.`).join('\n\n');
    const parts = renderPassageHtml({ text, meta: { title: 'T', language: 'en', outlet: 'Trend' } }, 'en', 2, 300);
    expect(parts[0]).toMatch(/^<b>\[2\]<\/b> Trend — T/);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(300);
      expect(htmlProblems(part)).toEqual([]);
    }
    expect(parts.join('\n')).toContain('Paragraph 39 about &lt;R&amp;D&gt;');
  });
});

describe('bounded replies', () => {
  it('a long list of parts keeps its first ones and its last', () => {
    expect(capMessages(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toEqual(['a', 'b', 'f']);
    expect(capMessages(['a', 'b'], 3)).toEqual(['a', 'b']);
    expect(capMessages(Array.from({ length: 9 }, (_, i) => String(i)))).toHaveLength(MAX_REPLY_MESSAGES);
  });
});
