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

  it('weighs a query word as told, in its score and its share of the words matched; weight 1 changes nothing', () => {
    const index = build();
    const question = 'Where did deputy minister Mammadov meet the press? Was the climate conference in Baku?';
    const plain = index.searchWords(question, 5);
    expect(index.searchWords(question, 5, () => 1)).toEqual(plain);
    expect(plain.hits[0]?.label).toBe(3);
    const ministerLittle = index.searchWords(question, 5, (token) => (['deputy', 'minister', 'Mammadov', 'meet', 'press'].includes(token) ? 0.1 : 1));
    expect(ministerLittle.hits[0]?.label).toBe(4);
    expect(ministerLittle.words).toEqual(plain.words);
    const byLabel = (hits: { label: number; score: number }[]) => new Map(hits.map((h) => [h.label, h.score]));
    expect(byLabel(ministerLittle.hits).get(3)!).toBeLessThan(byLabel(plain.hits).get(3)!);
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
    const empty = LexicalIndex.deserialize(LexicalIndex.create().serialize());
    expect([empty.size, empty.search('Korea', 5)]).toEqual([0, []]);
  });

  it('after loading, removing and adding passages, answers as an index built afresh from the same passages', () => {
    const extra = [
      { label: 7, text: 'Minister Elnur Mammadov visited Seoul in May.' },
      { label: 0, text: 'The Korea Importers Association met in Baku.' },
    ];
    const updated = LexicalIndex.deserialize(build().serialize());
    updated.search('Mammadov students Seoul bread', 5); // fills the caches, which the changes must not outlive
    updated.remove([3, 5]);
    updated.add(extra);
    updated.add([{ label: 2, text: 'Deputy minister Elnur Mamedov met students in Seoul.' }]); // replaces label 2
    const fresh = LexicalIndex.create();
    fresh.add([...passages.filter((p) => ![2, 3, 5].includes(p.label)), ...extra, { label: 2, text: 'Deputy minister Elnur Mamedov met students in Seoul.' }]);
    expect(updated.size).toBe(5);
    for (const q of ['Mammadov', 'students', 'Korea Importers Association in Baku', 'Bread ovens', 'Seoul']) {
      expect(updated.searchWords(q, 10)).toEqual(fresh.searchWords(q, 10));
      expect(LexicalIndex.deserialize(updated.serialize()).searchWords(q, 10)).toEqual(fresh.searchWords(q, 10));
    }
    expect(updated.search('Bread', 5)).toEqual([]);
  });
});

describe('LexicalIndex prefix and fuzzy matching', () => {
  const index = LexicalIndex.create();
  index.add([
    { label: 1, text: 'Koreyanın səfiri Bakıya gəldi.' },
    { label: 2, text: 'The internationalisation of trade was discussed.' },
    { label: 3, text: 'The reconstruction of the bridge began.' },
    { label: 4, text: 'A new bakery opened near the harbour.' },
  ]);
  const labels = (q: string) => index.search(q, 5).map((h) => h.label);

  it('finds an inflected form from the bare word, and a longer word from its beginning', () => {
    expect(labels('Koreya')).toEqual([1]);
    expect(labels('internation')).toEqual([2]);
  });

  it('finds a long word with a one-letter typo, scored below the exact spelling', () => {
    expect(labels('recomstruction')).toEqual([3]);
    expect(index.search('recomstruction', 1)[0]!.score).toBeLessThan(index.search('reconstruction', 1)[0]!.score);
  });

  it('does not prefix- or fuzzy-match short words', () => {
    expect(labels('bake')).toEqual([]); // under 5 letters: no prefix match of "bakery"
    expect(labels('bakerz')).toEqual([]); // under 7 letters: no fuzzy match of "bakery"
  });
});

describe('LexicalIndex file checks', () => {
  const bytes = build().serialize();
  const codeOf = (file: Uint8Array): string => {
    try {
      const index = LexicalIndex.deserialize(file);
      index.searchWords('Who chairs the Korea Importers Association in Seoul? Mammadov UN', 5);
      // Whatever a forged file holds, an update of it writes a file that reads back.
      index.remove([1]);
      index.add([{ label: 9, text: 'Seoul and Baku signed an agreement.' }]);
      LexicalIndex.deserialize(index.serialize()).search('Seoul agreement', 5);
      return 'ok';
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  };

  it('refuses a file of another format or analyzer version as INDEX_FORMAT_UNSUPPORTED', () => {
    for (const word of [1, 2]) {
      const other = Uint8Array.from(bytes);
      new DataView(other.buffer).setUint32(word * 4, new DataView(bytes.buffer).getUint32(word * 4, true) + 1, true);
      expect(codeOf(other)).toBe('INDEX_FORMAT_UNSUPPORTED');
    }
  });

  it('refuses every truncation and garbage as INDEX_CORRUPT', () => {
    for (let length = 0; length < bytes.length; length++) expect(codeOf(bytes.subarray(0, length))).toBe('INDEX_CORRUPT');
    expect(codeOf(new Uint8Array(4000).fill(0x5a))).toBe('INDEX_CORRUPT');
    expect(codeOf(new TextEncoder().encode('{"format":2}'))).toBe('INDEX_CORRUPT');
  });

  it('never fails other than with INDEX_CORRUPT when any byte is forged', () => {
    const outcomes = new Set<string>();
    for (let at = 0; at < bytes.length; at++) {
      for (const value of [0x00, 0xff, bytes[at]! ^ 0x01, bytes[at]! ^ 0x80]) {
        const forged = Uint8Array.from(bytes);
        forged[at] = value;
        const outcome = codeOf(forged);
        outcomes.add(outcome);
        if (outcome !== 'ok' && outcome !== 'INDEX_CORRUPT' && outcome !== 'INDEX_FORMAT_UNSUPPORTED') expect.fail(`byte ${at} = ${value}: ${outcome}`);
      }
    }
    expect(outcomes).toContain('INDEX_CORRUPT');
  });

  it('reads a file that is not 4-byte aligned in memory', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(LexicalIndex.deserialize(shifted.subarray(1)).search('Mammadov', 5)).toEqual(build().search('Mammadov', 5));
  });
});

describe('LexicalIndex.matchTerms', () => {
  const matches = (index: LexicalIndex, queries: Parameters<LexicalIndex['matchTerms']>[0], labels: number[]) =>
    index.matchTerms(queries, labels).map((found) => [...found]);

  it('marks the passages that hold a term, folded spellings included, and no others', () => {
    // "Məmmədov" folds to "mammadov"; "Mamedov" is another word.
    expect(matches(build(), [{ term: 'mammadov' }, { term: 'seoul' }, { term: 'absent' }], [3, 2, 1, 5])).toEqual([
      [1, 0, 1, 0],
      [1, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('with prefixLongerThan, marks longer written words that begin with the term, and only those', () => {
    const index = build();
    // "deputy" (6 letters) begins with "deput"; the term itself is in no passage.
    expect(matches(index, [{ term: 'deput', prefixLongerThan: 5 }, { term: 'deput' }], [2, 3, 4])).toEqual([
      [1, 1, 0],
      [0, 0, 0],
    ]);
    // "press" has five letters, not more than five.
    expect(matches(index, [{ term: 'pres', prefixLongerThan: 5 }], [2, 3])).toEqual([[0, 0]]);
    // Concept, sound and acronym terms are not written words, whatever they begin with.
    expect(matches(index, [{ term: '=', prefixLongerThan: 0 }, { term: '~', prefixLongerThan: 0 }, { term: '^', prefixLongerThan: 0 }], [1, 2, 3, 4])).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('with prefixLongerThan over many passages, marks the longer words of few passages and of most alike', () => {
    // "portmaster(s)" in three passages of 2,000, "harbourside" in every other one, "port" and "harbour" alone elsewhere.
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      label: 5 + i * 3,
      text: `${i % 2 === 0 ? 'harbourside' : 'harbour'} ${i === 3 ? 'portmaster' : [640, 1_999].includes(i) ? 'portmasters' : 'port'}`,
    }));
    const index = LexicalIndex.create();
    index.add(many);
    const labels = many.map((passage) => passage.label);
    const [port, harbour] = index.matchTerms([{ term: 'port', prefixLongerThan: 4 }, { term: 'harbour', prefixLongerThan: 7 }], labels);
    expect([...port!].flatMap((held, i) => (held === 1 ? [labels[i]] : []))).toEqual([14, 1_925, 6_002]);
    expect([...harbour!].flatMap((held, i) => (held === 1 ? [i] : []))).toEqual(labels.flatMap((_, i) => (i % 2 === 0 ? [i] : [])));
  });

  it('looks a term of many passages up for a few asked ones as it reads it for many', () => {
    // "port" in every 40th passage of 4,000 (100 passages, kept as slot numbers): asked about four
    // passages, each is looked up in them; asked about all, they are all read.
    const many = Array.from({ length: 4_000 }, (_, i) => ({ label: 10 + i, text: i % 40 === 7 ? 'port of Baku' : 'harbour of Baku' }));
    const index = LexicalIndex.create();
    index.add(many);
    const all = index.matchTerms([{ term: 'port' }], many.map((passage) => passage.label))[0]!;
    expect(all.reduce((n, held) => n + held, 0)).toBe(100);
    const asked = [17, 18, 3_977, 17, 99_999];
    expect(matches(index, [{ term: 'port' }], asked)).toEqual([[1, 0, 1, 1, 0]]);
    expect(matches(index, [{ term: 'port' }], asked.slice(0, 3))).toEqual([asked.slice(0, 3).map((label) => all[label - 10])]);
  });

  it('answers a repeated label at every position, and a label not in the index with nothing', () => {
    expect(matches(build(), [{ term: 'bread' }, { term: 'baked' }], [5, 99, 5, 1])).toEqual([
      [1, 0, 1, 0],
      [1, 0, 1, 0],
    ]);
  });

  it('sees passages added since the last compaction and forgets removed ones', () => {
    const index = build();
    index.remove([5]);
    index.add([{ label: 7, text: 'Fresh bread from Ganja.' }]);
    expect(matches(index, [{ term: 'bread' }], [5, 7])).toEqual([[0, 1]]);
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

describe('LexicalIndex top passages', () => {
  // Many passages with few distinct wordings: many equal scores, and some words repeated often
  // enough that their term frequency is stored past the inline limit.
  const wordings = [
    'ferry port Baku',
    'ferry ferry ferry ferry ferry ferry ferry ferry ferry ferry port',
    'port of Busan and Baku ferry',
    'Busan port',
    'ferry',
    'cargo ferry Busan Busan Busan Busan Busan Busan Busan Busan',
  ];
  const many = Array.from({ length: 240 }, (_, i) => ({ label: 1000 - i * 3, text: `${wordings[i % wordings.length]} note${i % 7}` }));

  it('returns the best `limit` passages of the full ranking, equal scores by lower label', () => {
    const index = LexicalIndex.create();
    index.add(many);
    for (const question of ['ferry port', 'Busan ferry Baku', 'ferry note3', 'port Busan note5 cargo']) {
      const all = index.search(question, many.length);
      // The full ranking itself: scores never increase, and equal scores list lower labels first.
      all.slice(1).forEach((hit, i) => {
        const before = all[i]!;
        expect(before.score > hit.score || (before.score === hit.score && before.label < hit.label)).toBe(true);
      });
      expect(all.filter((hit, i) => i > 0 && hit.score === all[i - 1]!.score).length).toBeGreaterThan(10);
      for (const limit of [1, 5, 30, 31, 100]) expect(index.search(question, limit)).toEqual(all.slice(0, limit));
    }
  });

  it('ranks a passage that repeats the word above one that says it once, beyond the inline frequency', () => {
    const index = LexicalIndex.create();
    index.add([
      { label: 1, text: 'ferry port' },
      { label: 2, text: 'ferry ferry ferry ferry ferry ferry ferry ferry ferry ferry port' },
    ]);
    expect(index.search('ferry', 2).map((hit) => hit.label)).toEqual([2, 1]);
    const reloaded = LexicalIndex.deserialize(index.serialize());
    expect(reloaded.search('ferry', 2)).toEqual(index.search('ferry', 2));
  });
});

describe('LexicalIndex word scores over many passages', () => {
  // 2,000 passages: "harbour" in every one, "lighthouse" in three, "ferry" in every third, so a
  // word's passages are read back both from few slots sorted and from many marked ones.
  const passages = Array.from({ length: 2_000 }, (_, i) => ({
    label: 10 + i * 2,
    text: `harbour ${i % 3 === 0 ? 'ferry' : 'cargo'} ${[17, 900, 1_999].includes(i) ? 'lighthouse' : `berth${i % 11}`}`,
  }));
  const questions = ['harbour lighthouse', 'lighthouse', 'ferry lighthouse harbour', 'ferry', 'berth4 lighthouse', 'harbour ferry'];

  it('answers each question as a fresh index does, whatever was asked before, and as the pruned search does', () => {
    const index = LexicalIndex.create();
    index.add(passages);
    for (const question of [...questions, ...questions.reverse()]) {
      const fresh = LexicalIndex.create();
      fresh.add(passages);
      const expected = fresh.searchWords(question, 50);
      expect(index.searchWords(question, 50)).toEqual(expected);
      expect(index.searchWordsPruned(question, 50).hits).toEqual(expected.hits);
    }
    expect(index.searchWords('lighthouse', 5).hits.map((hit) => hit.label).sort((a, b) => a - b)).toEqual([44, 1_810, 4_008]);
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
