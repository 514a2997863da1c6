import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 72,
  "fittedFor": "lexical",
  "intercept": -6.02,
  "weights": {
    "coverage": 4.73,
    "focusFound": 0.951,
    "namesFound": 0.988,
    "unseenWords": -2.762,
    "kindInFirst": 1.399,
    "capsInFirst": 0.281
  },
  "threshold": 0.25,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 414,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.976,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
