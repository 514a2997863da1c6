import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 52,
  "fittedFor": "lexical",
  "intercept": -5.556,
  "weights": {
    "coverage": 4.691,
    "focusFound": 0.757,
    "namesFound": 0.736,
    "unseenWords": -2.739,
    "kindInFirst": 1.084,
    "capsInFirst": 0.596
  },
  "threshold": 0.3,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 414,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
