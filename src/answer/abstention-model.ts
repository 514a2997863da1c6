import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 57,
  "fittedFor": "lexical",
  "intercept": -5.655,
  "weights": {
    "coverage": 4.675,
    "focusFound": 0.765,
    "namesFound": 1.071,
    "unseenWords": -2.887,
    "kindInFirst": 1.124,
    "capsInFirst": 0.379
  },
  "threshold": 0.3,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 414,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
