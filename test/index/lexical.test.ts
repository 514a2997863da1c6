import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/index/lexical.ts';

const passages = [
  { label: 1, text: 'Nazir müavini Elnur Məmmədov Koreya İdxalatçılar Assosiasiyasının sədri ilə görüşüb.' },
  { label: 2, text: 'Deputy minister Elnur Mamedov met the press in Seoul.' },
  { label: 3, text: 'Deputy minister Elnur Mammadov met the press in Seoul.' },
  { label: 4, text: 'The United Nations climate conference was held in Baku.' },
  { label: 5, text: 'Bread is baked in ovens.' },
];

function build() {
  const index = LexicalIndex.create();
  index.add(passages);
  return index;
}

describe('LexicalIndex', () => {
  it('ranks the exact spelling above a variant spelling, and finds both', () => {
    const hits = build().search('Mammadov', 5).map((h) => h.label);
    expect(hits[0]).toBe(3);
    expect(hits).toContain(2);
    expect(hits).toContain(1);
  });

  it('finds an Azerbaijani passage from an English question through the lexicon', () => {
    const hits = build().search('Who chairs the Korea Importers Association?', 3);
    expect(hits[0]?.label).toBe(1);
    expect(hits[0]!.score).toBeGreaterThan(0);
  });

  it('finds a spelled-out phrase from its acronym', () => {
    expect(build().search('UN climate talks', 1)[0]?.label).toBe(4);
  });

  it('returns nothing for a question made only of unknown and stop words', () => {
    expect(build().search('What is the population of Tokyo?', 5)).toEqual([]);
    expect(build().search('anything', 0)).toEqual([]);
  });

  it('forgets removed passages', () => {
    const index = build();
    index.remove([3, 99]);
    expect(index.size).toBe(4);
    expect(index.search('Mammadov', 5).map((h) => h.label)).not.toContain(3);
  });

  it('survives binary serialization with identical results', () => {
    const restored = LexicalIndex.deserialize(build().serialize());
    expect(restored.size).toBe(5);
    for (const q of ['Mammadov', 'Who chairs the Korea Importers Association?', 'UN climate talks', 'Koreya']) {
      expect(restored.searchWords(q, 5)).toEqual(build().searchWords(q, 5));
    }
  });
});

describe('LexicalIndex.searchWords', () => {
  it('tells in how many passages each evidence word of the query occurs, variants included', () => {
    const { hits, words, documentCount } = build().searchWords('Who met Mammadov about bread?', 5);
    expect(documentCount).toBe(5);
    expect(hits).toEqual(build().search('Who met Mammadov about bread?', 5));
    expect(words).toEqual([
      { token: 'met', documents: 3 },
      { token: 'Mammadov', documents: 3 },
      { token: 'bread', documents: 1 },
    ]);
  });
});

describe('LexicalIndex phrase acronyms', () => {
  it('finds an acronym in the text from the spelled-out phrase of the question, one letter apart', () => {
    const index = LexicalIndex.create();
    index.add([
      { label: 1, text: 'The president of the club met the president of the league.' },
      { label: 2, text: 'The president of KOICA, Son Hyok-sanq, met the minister.' },
    ]);
    expect(index.search('Who is the president of the Korea International Cooperation Agency?', 2)[0]?.label).toBe(2);
  });
});
