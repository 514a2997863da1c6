import { describe, expect, it } from 'vitest';
import { russianCaseForms } from '../../src/corpus/russian-forms.ts';
import { conceptOf } from '../../src/corpus/terms.ts';

describe('Russian case forms of lexicon words', () => {
  it('name the concept of their nominative where Snowball stems them too short', () => {
    for (const form of ['корею', 'кореи', 'корее']) expect(conceptOf(form), form).toBe(conceptOf('корея'));
    for (const form of ['южного', 'южной', 'южные']) expect(conceptOf(form), form).toBe(conceptOf('южный'));
    expect(conceptOf('визите')).toBe(conceptOf('визит'));
    expect(conceptOf('корея')).toBeDefined();
  });

  it('follow the declension the ending shows, and none is made for verbs or other scripts', () => {
    expect(russianCaseForms('доля')).toEqual(expect.arrayContaining(['доли', 'долю', 'доле', 'долей']));
    expect(russianCaseForms('армия')).toEqual(expect.arrayContaining(['армии', 'армию', 'армией']));
    expect(russianCaseForms('визит')).toEqual(expect.arrayContaining(['визита', 'визите', 'визитом']));
    expect(russianCaseForms('учиться')).toEqual([]);
    expect(russianCaseForms('korea')).toEqual([]);
  });
});
