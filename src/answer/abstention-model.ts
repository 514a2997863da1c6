import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 68,
  "fittedFor": "lexical",
  "intercept": -6.024,
  "weights": {
    "coverage": 4.735,
    "focusFound": 0.949,
    "namesFound": 0.996,
    "unseenWords": -2.758,
    "kindInFirst": 1.395,
    "capsInFirst": 0.279
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
