/**
 * Snowball stemmers (the @orama/stemmers ports) for English and Russian. Compared on the seeds
 * sets and the development corpus with the light hand-written stemmers they replace (see
 * docs/quality.md): equal on the seeds, better on Russian questions whose words the corpus
 * inflects otherwise. Azerbaijani keeps its own stemmer (corpus/terms.ts): Turkish Snowball
 * measured worse on it.
 */
import { stemmer as englishSnowball } from '@orama/stemmers/english';
import { stemmer as russianSnowball } from '@orama/stemmers/russian';

/** The Snowball (Porter2) stem of a lower-case English word. */
export function englishStem(word: string): string {
  return englishSnowball(word);
}

/** The Snowball stem of a lower-case Russian word. */
export function russianStem(word: string): string {
  return russianSnowball(word);
}
