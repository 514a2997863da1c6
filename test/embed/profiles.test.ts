import { describe, expect, it } from 'vitest';
import { profileFor } from '../../src/embed/profiles.ts';

describe('profileFor', () => {
  it('gives e5 models "query: " / "passage: " and mean pooling', () => {
    for (const id of ['Xenova/multilingual-e5-small', 'intfloat/e5-base-v2', 'test/tiny-e5', 'bench-e5-small-shape']) {
      expect(profileFor(id)).toEqual({ queryPrefix: 'query: ', passagePrefix: 'passage: ', pooling: 'mean' });
    }
  });

  it('gives English bge models the retrieval instruction on questions only, and CLS pooling', () => {
    expect(profileFor('Xenova/bge-small-en-v1.5')).toEqual({
      queryPrefix: 'Represent this sentence for searching relevant passages: ',
      passagePrefix: '',
      pooling: 'cls',
    });
  });

  it('gives bge-m3 no instruction but CLS pooling', () => {
    expect(profileFor('Xenova/bge-m3')).toEqual({ queryPrefix: '', passagePrefix: '', pooling: 'cls' });
  });

  it('gives gte, MiniLM and unknown models no prefixes and mean pooling', () => {
    for (const id of ['Xenova/gte-small', 'Xenova/all-MiniLM-L6-v2', 'someone/other-model']) {
      expect(profileFor(id)).toEqual({ queryPrefix: '', passagePrefix: '', pooling: 'mean' });
    }
  });

  it('returns a copy that callers cannot use to change the table', () => {
    profileFor('intfloat/e5-base').queryPrefix = 'changed';
    expect(profileFor('intfloat/e5-base').queryPrefix).toBe('query: ');
  });
});
