import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 51,
  "fittedFor": "lexical",
  "intercept": -5.551,
  "weights": {
    "coverage": 4.648,
    "focusFound": 0.765,
    "namesFound": 0.736,
    "unseenWords": -2.763,
    "kindInFirst": 1.094,
    "capsInFirst": 0.612,
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
