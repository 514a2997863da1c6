import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 51,
  "fittedFor": "lexical",
  "intercept": -5.589,
  "weights": {
    "coverage": 4.748,
    "focusFound": 0.758,
    "namesFound": 0.727,
    "unseenWords": -2.72,
    "kindInFirst": 1.085,
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
