import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 50,
  "fittedFor": "lexical",
  "intercept": -5.552,
  "weights": {
    "coverage": 4.646,
    "focusFound": 0.764,
    "namesFound": 0.731,
    "unseenWords": -2.755,
    "kindInFirst": 1.091,
    "capsInFirst": 0.619,
    "measureInArticle": 0
  },
  "threshold": 0.3,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 413,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
