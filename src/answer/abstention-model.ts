import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 49,
  "fittedFor": "lexical",
  "intercept": -7.436,
  "weights": {
    "coverage": 4.629,
    "focusFound": 0.75,
    "namesFound": 0.755,
    "unseenWords": -2.673,
    "kindInFirst": 1.162,
    "capsInFirst": 0.651,
    "measureInArticle": 1.809
  },
  "threshold": 0.3,
  "fit": {
    "trainQuestions": 413,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.944,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
