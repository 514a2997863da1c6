import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 59,
  "fittedFor": "lexical",
  "intercept": -6.009,
  "weights": {
    "coverage": 4.675,
    "focusFound": 0.915,
    "namesFound": 1.082,
    "unseenWords": -2.813,
    "kindInFirst": 1.409,
    "capsInFirst": 0.262
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
